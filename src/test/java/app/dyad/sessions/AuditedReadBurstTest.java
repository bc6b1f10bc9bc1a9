package app.dyad.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 16, load: a burst of three times the main pool's size of simultaneous audited reads of every kind the
 * audit's own pool serves (a note opened, a couple page opened, and a refused attempt on another counselor's note,
 * whose transaction rolls back while its audit row must stay). Each caller holds a main-pool connection while its
 * audit row waits for one of the audit pool's few connections: no caller may wait for a pool's timeout or fail, and
 * every row must be there. {@code AuditedReadsUnderLoadTest} (issue 10) covers couple pages alone.
 */
@DyadSpringTest
class AuditedReadBurstTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    AuditReview review;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void threeTimesThePoolOfMixedAuditedReadsAndRefusalsAllFinishBeforeAnyPoolTimeoutAndAreAllRecorded()
            throws Exception {
        HikariDataSource mainPool = dataSource.unwrap(HikariDataSource.class);
        int callers = 3 * mainPool.getMaximumPoolSize();
        SessionsClinic clinic = new SessionsClinic(accounts, admins, couples);
        long session = clinic.sessionHeldYesterday(sessions, calendar);
        clinic.asAdmin();
        long notesBefore = rows(clinic.counselorOne, clinic.coupleOne, AuditAction.NOTE_READ, AuditOutcome.SUCCESS);
        long couplesBefore =
                rows(clinic.counselorOne, clinic.coupleOne, AuditAction.COUPLE_VIEWED, AuditOutcome.SUCCESS);
        long refusalsBefore = rows(clinic.counselorTwo, null, AuditAction.NOTE_READ, AuditOutcome.DENIED);
        SecurityContext counselorOne = contextOf(clinic.asCounselorOne());
        SecurityContext counselorTwo = contextOf(clinic.asCounselorTwo());

        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<Future<String>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Callable<String> call = switch (i % 3) {
                case 0 ->
                    () -> {
                        notes.open(session);
                        return "note read";
                    };
                case 1 ->
                    () -> {
                        couples.getCouple(clinic.coupleOne);
                        return "couple read";
                    };
                default ->
                    () -> {
                        try {
                            notes.open(session);
                            return "not refused";
                        } catch (CaseNotAvailableException refused) {
                            return "refused";
                        }
                    };
            };
            SecurityContext who = i % 3 == 2 ? counselorTwo : counselorOne;
            Callable<String> signedIn = new DelegatingSecurityContextCallable<>(call, who);
            calls.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return signedIn.call();
            }));
        }
        ready.await();
        go.countDown();
        threads.shutdown();
        // a caller that waited for a connection as long as the pool allows has failed already; a little more so the
        // failure is reported as such rather than as a timeout of this test
        long bound = mainPool.getConnectionTimeout() + 5_000;
        boolean finished = threads.awaitTermination(bound, TimeUnit.MILLISECONDS);
        long unfinished = calls.stream().filter(call -> !call.isDone()).count();
        if (!finished) {
            threads.shutdownNow();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(unfinished)
                .as("callers still waiting %d ms after the burst (the pool's timeout + 5 s)", bound)
                .isZero();
        List<String> outcomes = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Future<String> call : calls) {
            try {
                outcomes.add(call.get());
            } catch (ExecutionException failed) {
                failures.add(failed.getCause());
            }
        }
        assertThat(failures).as("callers that failed").isEmpty();
        assertThat(outcomes).doesNotContain("not refused");

        clinic.asAdmin();
        int eachKind = callers / 3;
        assertThat(rows(clinic.counselorOne, clinic.coupleOne, AuditAction.NOTE_READ, AuditOutcome.SUCCESS))
                .isEqualTo(notesBefore + eachKind);
        assertThat(rows(clinic.counselorOne, clinic.coupleOne, AuditAction.COUPLE_VIEWED, AuditOutcome.SUCCESS))
                .isEqualTo(couplesBefore + eachKind);
        assertThat(rows(clinic.counselorTwo, null, AuditAction.NOTE_READ, AuditOutcome.DENIED))
                .isEqualTo(refusalsBefore + eachKind);
    }

    private long rows(SignedInUser actor, @Nullable Long couple, AuditAction action, AuditOutcome outcome) {
        return review.count(new AuditQuery(actor.email(), couple, action, outcome, null, null));
    }

    /** The security context {@code signInAs} just set for this person, to hand to other threads. */
    private static SecurityContext contextOf(SignedInUser signedIn) {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return context;
    }
}
