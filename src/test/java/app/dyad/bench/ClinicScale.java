package app.dyad.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the real (Flyway) schema with a clinic of a given scale through multi-row JDBC inserts, never the services one
 * by one. Scale 1: 100 counselors, 10,000 couples (20,000 client accounts), 100,000 past sessions each with a signed
 * note, 500,000 assignments with 1,000,000 responses, 2,000,000 audit rows. Every couple has the same shape at any
 * scale (10 sessions, 50 assignments, 100 couples per counselor), so what grows with the scale is the clinic around
 * them. Runs again into the same schema with another tag: a second run adds a second clinic beside the first.
 */
final class ClinicScale {

    static final int COUPLES_PER_COUNSELOR = 100;
    static final int SESSIONS_PER_COUPLE = 10;
    static final int ASSIGNMENTS_PER_COUPLE = 50;
    static final int AUDIT_ROWS_PER_COUPLE = 200;
    private static final int ROWS_PER_INSERT = 1000;

    private static final String[] AUDITED = {
        "COUPLE_VIEWED", "HOMEWORK_VIEWED", "NOTE_READ", "RESPONSE_READ", "SESSION_VIEWED", "RESPONSE_SAVED",
        "RESPONSE_SUBMITTED", "NOTE_SAVED", "NOTE_SIGNED", "HOMEWORK_ASSIGNED", "SIGN_IN", "PAGE_OPENED"
    };
    private static final String[] VISIBILITIES = {"SHARED", "COUNSELOR_ONLY", "REVEAL_TOGETHER"};
    private static final String[] FAMILY_NAMES = {
        "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Silva", "Kowalski", "Brennan", "Adeyemi",
        "Rossi", "Nguyen", "Fischer", "Costa", "Ivanova", "Murphy", "Schmidt", "Patel", "Garcia", "Jensen"
    };
    private static final String[] FIRST_NAMES = {
        "Maya", "Jon", "Alex", "Sam", "Robin", "Kai", "Noor", "Lena", "Tomas", "Ines", "Priya", "Omar", "Ella", "Hugo",
        "Zoe", "Yusuf", "Mila", "Ravi", "Anna", "Leo"
    };

    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder().build();

    ClinicScale(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one run wrote: its tag, the ids its people and couples got, how many rows of each and how long it took. */
    record Generated(
            String tag,
            long adminId,
            long firstCounselorId,
            int counselors,
            long firstCoupleId,
            int couples,
            Map<String, Long> rows,
            Duration took) {

        String counselorEmail(int index) {
            return "counselor" + index + "@" + tag + ".bench.dyad";
        }

        String clientEmail(long coupleIndex, int position) {
            return "client" + coupleIndex + "-" + position + "@" + tag + ".bench.dyad";
        }

        String adminEmail() {
            return "admin@" + tag + ".bench.dyad";
        }
    }

    /**
     * Writes a clinic of this scale (at least one counselor with a full caseload), its times around {@code now}.
     * Every account gets {@code passwordHash}, so the benchmark can sign notes with the password it stands for.
     */
    Generated generate(double scale, Instant now, String passwordHash) throws SQLException {
        long started = System.nanoTime();
        int counselors = Math.max(1, (int) Math.round(100 * scale));
        int couples = Math.max(COUPLES_PER_COUNSELOR, (int) Math.round(10_000 * scale));
        counselors = Math.max(counselors, couples / COUPLES_PER_COUNSELOR);
        String tag = "b" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(scale == 0 ? 1 : Double.doubleToLongBits(scale));
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session foreign_key_checks = 0");
                statement.execute("set session unique_checks = 0");
            }
            List<long[]> exercises = exercisesWithTextPrompt(connection);
            LocalDateTime created = utc(now.minus(Duration.ofDays(400)));

            long accountId = nextId(connection, "user_account");
            long adminId = accountId;
            long firstCounselorId = accountId + 1;
            long firstClientId = firstCounselorId + counselors;
            try (Rows accounts = new Rows(
                    connection,
                    "user_account",
                    "id, version, email, display_name, role, status, password_hash, created_at, supervisor")) {
                accounts.add(
                        adminId,
                        0,
                        "admin@" + tag + ".bench.dyad",
                        "Bench admin",
                        "ADMIN",
                        "ACTIVE",
                        passwordHash,
                        created,
                        false);
                for (int i = 0; i < counselors; i++) {
                    accounts.add(
                            firstCounselorId + i,
                            0,
                            "counselor" + i + "@" + tag + ".bench.dyad",
                            "Counselor " + i + " " + FAMILY_NAMES[i % FAMILY_NAMES.length],
                            "COUNSELOR",
                            "ACTIVE",
                            passwordHash,
                            created,
                            false);
                }
                for (long c = 0; c < couples; c++) {
                    for (int p = 1; p <= 2; p++) {
                        accounts.add(
                                firstClientId + 2 * c + p - 1,
                                0,
                                "client" + c + "-" + p + "@" + tag + ".bench.dyad",
                                firstName(c, p) + " " + familyName(c),
                                "CLIENT",
                                "ACTIVE",
                                passwordHash,
                                created,
                                false);
                    }
                }
                rows.put("accounts", accounts.count());
            }

            long firstCoupleId = nextId(connection, "couple");
            long firstPartnerId = nextId(connection, "partner");
            try (Rows coupleRows = new Rows(
                            connection,
                            "couple",
                            "id, version, case_name, status, started_on, counselor_id, presenting_concerns, created_at");
                    Rows partners = new Rows(
                            connection,
                            "partner",
                            "id, version, couple_id, position, account_id, first_name, last_name, email")) {
                for (long c = 0; c < couples; c++) {
                    long coupleId = firstCoupleId + c;
                    coupleRows.add(
                            coupleId,
                            0,
                            familyName(c) + " " + tag + "-" + c,
                            c % 10 == 9 ? "PAUSED" : "ACTIVE",
                            LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(300 + c % 60),
                            firstCounselorId + c / COUPLES_PER_COUNSELOR,
                            "They argue about time together and apart.",
                            created);
                    for (int p = 1; p <= 2; p++) {
                        partners.add(
                                firstPartnerId + 2 * c + p - 1,
                                0,
                                coupleId,
                                p,
                                firstClientId + 2 * c + p - 1,
                                firstName(c, p),
                                familyName(c),
                                "client" + c + "-" + p + "@" + tag + ".bench.dyad");
                    }
                }
                rows.put("couples", coupleRows.count());
                rows.put("partners", partners.count());
            }

            writeSessions(connection, now, couples, firstCoupleId, firstPartnerId, firstCounselorId, rows);
            writeHomework(connection, now, couples, firstCoupleId, firstPartnerId, firstCounselorId, exercises, rows);
            writeAudit(
                    connection,
                    now,
                    random,
                    couples,
                    counselors,
                    firstCoupleId,
                    firstPartnerId,
                    firstCounselorId,
                    tag,
                    rows);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session foreign_key_checks = 1");
                statement.execute("set session unique_checks = 1");
            }
            return new Generated(
                    tag,
                    adminId,
                    firstCounselorId,
                    counselors,
                    firstCoupleId,
                    couples,
                    rows,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Ten past sessions per couple, four weeks apart (a counselor's 100 couples make about 25 sessions a week), each
     * with a Couples DAP note signed an hour after it ended, hashed as {@code sessions.SignedContent} hashes it.
     */
    private void writeSessions(
            Connection connection,
            Instant now,
            int couples,
            long firstCoupleId,
            long firstPartnerId,
            long firstCounselorId,
            Map<String, Long> rows)
            throws SQLException {
        long sessionId = nextId(connection, "counselling_session");
        long noteId = nextId(connection, "session_note");
        LocalDate lastMonday = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        try (Rows sessions = new Rows(
                        connection,
                        "counselling_session",
                        "id, version, couple_id, starts_at, ends_at, format, place, status, scheduled_by, created_at");
                Rows notes = new Rows(
                        connection,
                        "session_note",
                        "id, version, session_id, couple_id, template, sections, author_id, created_at, updated_at,"
                                + " signed_by, signed_at, content_sha256")) {
            for (long c = 0; c < couples; c++) {
                long coupleId = firstCoupleId + c;
                long counselor = firstCounselorId + c / COUPLES_PER_COUNSELOR;
                long partnerOne = firstPartnerId + 2 * c;
                for (int j = 0; j < SESSIONS_PER_COUPLE; j++) {
                    LocalDate day = lastMonday.minusWeeks(c % 4 + 4L * j).plusDays(c / 4 % 5);
                    Instant starts = day.atTime(9 + (int) (c / 20 % 8), 0).toInstant(ZoneOffset.UTC);
                    Instant ends = starts.plus(Duration.ofMinutes(50));
                    String format = j % 3 == 2 ? "VIDEO" : "IN_PERSON";
                    String place = format.equals("VIDEO") ? "https://video.example/" + coupleId : "Room 2";
                    Instant signedAt = ends.plus(Duration.ofHours(1));
                    sessions.add(
                            sessionId,
                            0,
                            coupleId,
                            utc(starts),
                            utc(ends),
                            format,
                            place,
                            "COMPLETED",
                            counselor,
                            utc(starts.minus(Duration.ofDays(7))));
                    Map<String, String> sections = new LinkedHashMap<>();
                    sections.put("data", "Session " + (SESSIONS_PER_COUPLE - j) + ": they spoke about the week.");
                    sections.put("partner-" + partnerOne, "Calmer than last time; asked for an evening alone.");
                    sections.put("partner-" + (partnerOne + 1), "Worried about distance; listened well.");
                    sections.put("assessment", "Pursue-withdraw cycle softening; both named their needs.");
                    sections.put("plan", "Practise the weekly check-in; one evening each for themselves.");
                    notes.add(
                            noteId,
                            0,
                            sessionId,
                            coupleId,
                            "COUPLES_DAP",
                            json.writeValueAsString(sections),
                            counselor,
                            utc(ends),
                            utc(signedAt),
                            counselor,
                            utc(signedAt),
                            noteHash(
                                    noteId, sessionId, coupleId, starts, ends, format, place, sections, counselor,
                                    signedAt));
                    sessionId++;
                    noteId++;
                }
            }
            rows.put("sessions", sessions.count());
            rows.put("signed notes", notes.count());
        }
    }

    /** Fifty assignments per couple, five days apart (the last few still to come), each answered by both partners. */
    private void writeHomework(
            Connection connection,
            Instant now,
            int couples,
            long firstCoupleId,
            long firstPartnerId,
            long firstCounselorId,
            List<long[]> exercises,
            Map<String, Long> rows)
            throws SQLException {
        long assignmentId = nextId(connection, "assignment");
        long responseId = nextId(connection, "response");
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (Rows assignments = new Rows(
                        connection,
                        "assignment",
                        "id, version, couple_id, exercise_id, audience, due_on, visibility, status, series_key,"
                                + " created_by, created_at");
                Rows responses = new Rows(
                        connection,
                        "response",
                        "id, version, assignment_id, partner_id, state, answers, saved_at, submitted_at")) {
            for (long c = 0; c < couples; c++) {
                long coupleId = firstCoupleId + c;
                long counselor = firstCounselorId + c / COUPLES_PER_COUNSELOR;
                for (int a = 0; a < ASSIGNMENTS_PER_COUPLE; a++) {
                    long[] exercise = exercises.get((int) ((c + a) % exercises.size()));
                    LocalDate due = today.plusDays(10 - 5L * (ASSIGNMENTS_PER_COUPLE - 1 - a));
                    boolean past = due.isBefore(today);
                    LocalDateTime assignedAt = due.minusDays(7).atTime(12, 0);
                    assignments.add(
                            assignmentId,
                            0,
                            coupleId,
                            exercise[0],
                            "BOTH_SEPARATELY",
                            due,
                            VISIBILITIES[a % VISIBILITIES.length],
                            "ACTIVE",
                            UUID.randomUUID().toString(),
                            counselor,
                            assignedAt);
                    for (int p = 1; p <= 2; p++) {
                        LocalDateTime saved = due.minusDays(p).atTime(20, 0);
                        responses.add(
                                responseId++,
                                past ? 1 : 0,
                                assignmentId,
                                firstPartnerId + 2 * c + p - 1,
                                past ? "SUBMITTED" : "DRAFT",
                                "{\"" + exercise[1] + "\":\"We tried it on Sunday; it helped to say it out loud.\"}",
                                saved,
                                past ? saved : null);
                    }
                    assignmentId++;
                }
            }
            rows.put("assignments", assignments.count());
            rows.put("homework responses", responses.count());
        }
    }

    /** Two hundred audit rows per couple, spread over the last year: the counselor's and the partners' reads and saves. */
    private void writeAudit(
            Connection connection,
            Instant now,
            Random random,
            int couples,
            int counselors,
            long firstCoupleId,
            long firstPartnerId,
            long firstCounselorId,
            String tag,
            Map<String, Long> rows)
            throws SQLException {
        long total = (long) couples * AUDIT_ROWS_PER_COUPLE;
        long yearMicros = ChronoUnit.MICROS.between(now.minus(Duration.ofDays(365)), now);
        Instant yearAgo = now.minus(Duration.ofDays(365));
        try (Rows audit = new Rows(
                connection,
                "audit_entry",
                "occurred_at, actor_id, actor_email, actor_role, action, couple_id, partner_id, outcome, client_ip")) {
            for (long i = 0; i < total; i++) {
                long c = Math.floorMod(random.nextLong(), couples);
                String action = AUDITED[random.nextInt(AUDITED.length)];
                boolean byClient = action.startsWith("RESPONSE_SAVED") || action.startsWith("RESPONSE_SUBMITTED");
                int counselor = (int) (c / COUPLES_PER_COUNSELOR);
                Long partner = byClient || random.nextInt(4) == 0 ? firstPartnerId + 2 * c + random.nextInt(2) : null;
                long actor = byClient
                        ? partner - firstPartnerId + firstCounselorId + counselors
                        : firstCounselorId + counselor;
                String email = byClient
                        ? "client" + c + "-" + (partner - firstPartnerId - 2 * c + 1) + "@" + tag + ".bench.dyad"
                        : "counselor" + counselor + "@" + tag + ".bench.dyad";
                audit.add(
                        utc(yearAgo.plus(Math.floorMod(random.nextLong(), yearMicros), ChronoUnit.MICROS)),
                        actor,
                        email,
                        byClient ? "CLIENT" : "COUNSELOR",
                        action,
                        firstCoupleId + c,
                        partner,
                        random.nextInt(200) == 0 ? "DENIED" : "SUCCESS",
                        "10.0." + counselor % 250 + "." + c % 250);
            }
            rows.put("audit rows", audit.count());
        }
    }

    /** The library's exercises that ask at least one written question, each with the id of its first such prompt. */
    private static List<long[]> exercisesWithTextPrompt(Connection connection) throws SQLException {
        List<long[]> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select p.exercise_id, min(p.id) from exercise_prompt p join exercise e on e.id = p.exercise_id
                        where p.kind = 'TEXT' and e.origin = 'LIBRARY' and not e.archived
                        group by p.exercise_id order by p.exercise_id""")) {
            while (rs.next()) {
                found.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("The exercise library (V5) has no exercise with a written question");
        }
        return found;
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String familyName(long coupleIndex) {
        return FAMILY_NAMES[(int) (coupleIndex % FAMILY_NAMES.length)] + "-" + coupleIndex;
    }

    private static String firstName(long coupleIndex, int position) {
        return FIRST_NAMES[(int) ((coupleIndex * 2 + position) % FIRST_NAMES.length)];
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The note's hash exactly as {@code sessions.SignedContent.ofNote} writes it (both partners attend). */
    static String noteHash(
            long noteId,
            long sessionId,
            long coupleId,
            Instant starts,
            Instant ends,
            String format,
            String place,
            Map<String, String> sections,
            long signer,
            Instant signedAt) {
        StringBuilder content = new StringBuilder("dyad-session-note-v1\n")
                .append("note:")
                .append(noteId)
                .append('\n')
                .append("session:")
                .append(sessionId)
                .append('\n')
                .append("couple:")
                .append(coupleId)
                .append('\n')
                .append("starts:")
                .append(starts)
                .append('\n')
                .append("ends:")
                .append(ends)
                .append('\n')
                .append("format:")
                .append(format)
                .append('\n')
                .append("attendee:both\n");
        field(content, "place", place);
        content.append("template:COUPLES_DAP\n");
        new TreeMap<>(sections).forEach((key, text) -> field(content, "section:" + key, text));
        content.append("signed-by:")
                .append(signer)
                .append('\n')
                .append("signed-at:")
                .append(signedAt)
                .append('\n');
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void field(StringBuilder content, String name, String text) {
        content.append(name)
                .append(':')
                .append(text.length())
                .append(':')
                .append(text)
                .append('\n');
    }

    /** Rows for one table, sent {@value #ROWS_PER_INSERT} at a time as one multi-row insert. */
    private static final class Rows implements AutoCloseable {

        private final Connection connection;
        private final String table;
        private final String columns;
        private final int width;
        private final List<Object[]> pending = new ArrayList<>(ROWS_PER_INSERT);
        private long count;

        Rows(Connection connection, String table, String columns) {
            this.connection = connection;
            this.table = table;
            this.columns = columns;
            this.width = columns.split(",").length;
        }

        void add(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
            }
            pending.add(values);
            if (pending.size() == ROWS_PER_INSERT) {
                flush();
            }
        }

        long count() throws SQLException {
            flush();
            return count;
        }

        private void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder("insert into ")
                    .append(table)
                    .append(" (")
                    .append(columns)
                    .append(") values ");
            String one = "(" + "?, ".repeat(width - 1) + "?)";
            for (int i = 0; i < pending.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(one);
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (Object[] row : pending) {
                    for (Object value : row) {
                        insert.setObject(index++, value);
                    }
                }
                insert.executeUpdate();
            }
            count += pending.size();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
        }
    }
}
