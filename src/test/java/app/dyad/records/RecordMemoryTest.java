package app.dyad.records;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.SessionsClinic;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A couple with 500 signed sessions exports without the heap growing with it: the record is streamed, read 50
 * sessions at a time. Measured as the live heap (after a full GC) sampled while the ZIP is being written, against the
 * live heap before, and what is still held after; printed, and bounded generously.
 */
@DyadSpringTest
class RecordMemoryTest {

    static final int SESSIONS = 500;
    static final long MB = 1024 * 1024;
    /** How often, in bytes written, the live heap is sampled during the export. */
    static final long SAMPLE_EVERY = 128 * 1024;

    @Autowired
    CoupleRecord coupleRecord;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Counts what is written and throws it away, sampling the live heap as it goes. */
    static final class SamplingSink extends OutputStream {
        long bytes;
        long nextSample = SAMPLE_EVERY;
        long maxLive;

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
        }

        private void count(long n) {
            bytes += n;
            if (bytes >= nextSample) {
                nextSample += SAMPLE_EVERY;
                maxLive = Math.max(maxLive, liveHeap());
            }
        }
    }

    static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** 500 held sessions a week apart, each with a signed note of four sections (~6.5 KB) and one signed addendum. */
    private void seed(SessionsClinic clinic) {
        long counselor = clinic.counselorOne.accountId();
        Instant first = calendar.now().minus(Duration.ofDays(7L * SESSIONS + 7));
        List<Object[]> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Instant start = first.plus(Duration.ofDays(7L * i));
            sessions.add(new Object[] {
                clinic.coupleOne,
                Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(50))),
                counselor,
                Timestamp.from(start)
            });
        }
        jdbc.batchUpdate(
                "insert into counselling_session (version, couple_id, starts_at, ends_at, format, place,"
                        + " attendee_partner_id, status, scheduled_by, created_at)"
                        + " values (0, ?, ?, ?, 'IN_PERSON', 'Room 1', null, 'COMPLETED', ?, ?)",
                sessions);
        // each section ~1.6 KB of text unique to its session, so the ZIP is not made of one repeated sentence
        String section =
                "concat('They talked about the week; ', repeat(concat(sha2(concat(s.id, '%s'), 256), ' '), 25))";
        jdbc.update(
                "insert into session_note (version, session_id, couple_id, template, sections, author_id, created_at,"
                        + " updated_at, signed_by, signed_at, content_sha256)"
                        + " select 0, s.id, s.couple_id, 'COUPLES_DAP', json_object('data', " + section.formatted("d")
                        + ", 'assessment', " + section.formatted("a") + ", 'plan', " + section.formatted("p")
                        + ", 'free', " + section.formatted("f") + "), ?, s.ends_at, s.ends_at, ?, s.ends_at,"
                        + " repeat('a', 64) from counselling_session s where s.couple_id = ?",
                counselor,
                counselor,
                clinic.coupleOne);
        jdbc.update(
                "insert into note_addendum (version, note_id, text, author_id, signed_at, content_sha256)"
                        + " select 0, n.id, ?, ?, n.signed_at, repeat('b', 64) from session_note n where n.couple_id = ?",
                "A correction to the plan: the visit is next month, not this one.",
                counselor,
                clinic.coupleOne);
    }

    /**
     * Exports the couple's full record into a sampling sink while another thread samples the live heap every 500 ms, so
     * the peak is seen also between writes (the fonts are loaded before the PDF's first byte).
     */
    private SamplingSink export(SessionsClinic clinic) {
        clinic.asCounselorOne();
        SamplingSink sink = new SamplingSink();
        AtomicLong sampled = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                sampled.accumulateAndGet(liveHeap(), Math::max);
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
        });
        try {
            coupleRecord.export(clinic.coupleOne, null, "memory test", new PropertiesRecordTexts(), sink);
        } finally {
            running.set(false);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sink.maxLive = Math.max(sink.maxLive, sampled.get());
        return sink;
    }

    @Test
    void fiveHundredSignedSessionsExportWithoutTheHeapGrowingWithThem() {
        SessionsClinic empty = new SessionsClinic(accounts, admins, couples);
        export(empty); // warms up classes, fonts' code and query plans: paid once per JVM, not per record

        long beforeEmpty = liveHeap();
        SamplingSink small = export(empty);
        long emptyPeak = small.maxLive - beforeEmpty;

        SessionsClinic busy = new SessionsClinic(accounts, admins, couples);
        seed(busy);
        busy.asCounselorOne();
        long started = System.nanoTime();
        coupleRecord.export(
                busy.coupleOne, null, "timing", new PropertiesRecordTexts(), OutputStream.nullOutputStream());
        long millis = (System.nanoTime() - started) / 1_000_000;
        long before = liveHeap();
        SamplingSink big = export(busy);
        long after = liveHeap();
        long peak = big.maxLive - before;
        long retained = after - before;

        System.out.printf(
                "RecordMemoryTest: %d sessions with signed notes and addenda -> %.1f MB of ZIP;"
                        + " live heap before %.1f MB, peak live growth during export %.1f MB"
                        + " (an empty couple's export: %.1f MB), retained after %.1f MB; %d ms without sampling%n",
                SESSIONS,
                big.bytes / (double) MB,
                before / (double) MB,
                peak / (double) MB,
                emptyPeak / (double) MB,
                retained / (double) MB,
                millis);
        assertThat(big.bytes).as("the record was written").isGreaterThan(500_000);
        assertThat(peak).as("live heap growth while exporting 500 sessions").isLessThan(32 * MB);
        assertThat(retained).as("heap still held after the export").isLessThan(32 * MB);
    }
}
