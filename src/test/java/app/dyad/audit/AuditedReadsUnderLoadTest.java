package app.dyad.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.dyad.DyadSpringTest;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads are audited in a transaction of their own while the reader's transaction still holds its connection. If
 * that second connection came from the same pool, as many simultaneous readers as the pool has connections would
 * each hold one and wait for another until the pool's timeout (issue 10, item 11).
 */
@DyadSpringTest
class AuditedReadsUnderLoadTest {

    /** The bound the issue asks for: far below Hikari's 30 s connection timeout, far above a healthy run. */
    private static final long ALL_DONE_WITHIN_SECONDS = 10;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService coupleAdmin;

    @Autowired
    CoupleService couples;

    @Autowired
    AuditReview review;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void threeTimesThePoolSizeOfSimultaneousAuditedReadsAllFinishAndAreAllRecorded() throws Exception {
        HikariDataSource mainPool = dataSource.unwrap(HikariDataSource.class);
        int readers = 3 * mainPool.getMaximumPoolSize();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser admin = accounts.signInAs("load-admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        SignedInUser counselor = accounts.ensure("load-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        long coupleId = coupleAdmin
                .createCouple(new NewCouple(
                        partner("Lee", tag),
                        partner("Noa", tag),
                        null,
                        LocalDate.of(2026, 1, 5),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);

        CountDownLatch ready = new CountDownLatch(readers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(readers), SecurityContextHolder.getContext());
        List<Future<?>> reads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            reads.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return couples.getCouple(coupleId);
            }));
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(ALL_DONE_WITHIN_SECONDS, TimeUnit.SECONDS)) {
            String state = describe(mainPool);
            long unfinished = reads.stream().filter(read -> !read.isDone()).count();
            // free the shared test context's pool before failing: Hikari gives up waiting when interrupted
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            fail(unfinished + " of " + readers + " simultaneous audited reads were still waiting after "
                    + ALL_DONE_WITHIN_SECONDS + " s; " + state);
        }
        for (Future<?> read : reads) {
            try {
                read.get();
            } catch (ExecutionException failed) {
                fail("an audited read failed: " + failed.getCause(), failed.getCause());
            }
        }

        accounts.signInAs(admin.email(), "", Role.ADMIN);
        assertThat(review.count(new AuditQuery(
                        counselor.email(), coupleId, AuditAction.COUPLE_VIEWED, AuditOutcome.SUCCESS, null, null)))
                .isEqualTo(readers);
    }

    private static String describe(HikariDataSource mainPool) {
        HikariPoolMXBean state = mainPool.getHikariPoolMXBean();
        return "main pool " + mainPool.getPoolName() + ": " + state.getActiveConnections() + " in use, "
                + state.getIdleConnections() + " idle, " + state.getThreadsAwaitingConnection()
                + " threads waiting for one";
    }

    private static PartnerDetails partner(String name, String tag) {
        return new PartnerDetails(name + tag, "Load" + tag, null, null, null, null, null);
    }
}
