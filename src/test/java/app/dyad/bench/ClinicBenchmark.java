package app.dyad.bench;

import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.Audience;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.ResponseView;
import app.dyad.exercises.Visibility;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.MyAccountService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times the key interactions of issue 16 through the real services, signed in as the counselor, client or admin
 * who does them, and counts each one's SQL statements (Hibernate's statistics: prepared statements, so the audit rows
 * written over their own JDBC connection are not in the count). The interactions take turns within each round, so a
 * slow moment of the machine spreads over all of them, and each is set against a trivial indexed read (an account
 * by id) timed in the same rounds.
 */
final class ClinicBenchmark {

    /** One interaction's server times in microseconds and its statement count (lowest and highest seen). */
    record Result(String name, long p50, long p95, long max, long statementsMin, long statementsMax) {

        String statements() {
            return statementsMin == statementsMax ? String.valueOf(statementsMin) : statementsMin + "–" + statementsMax;
        }
    }

    private record Interaction(String name, Runnable prepare, Supplier<Object> call) {}

    private final TestAccounts accounts;
    private final CoupleService couples;
    private final HomeworkService homework;
    private final MyHomework myHomework;
    private final NoteService notes;
    private final AppointmentService appointments;
    private final AuditReview auditReview;
    private final AccountAdminService accountAdmin;
    private final MyAccountService myAccount;
    private final ClinicCalendar calendar;
    private final JdbcTemplate jdbc;
    private final Statistics statistics;

    ClinicBenchmark(ApplicationContext context) {
        this.accounts = context.getBean(TestAccounts.class);
        this.couples = context.getBean(CoupleService.class);
        this.homework = context.getBean(HomeworkService.class);
        this.myHomework = context.getBean(MyHomework.class);
        this.notes = context.getBean(NoteService.class);
        this.appointments = context.getBean(AppointmentService.class);
        this.auditReview = context.getBean(AuditReview.class);
        this.accountAdmin = context.getBean(AccountAdminService.class);
        this.myAccount = context.getBean(MyAccountService.class);
        this.calendar = context.getBean(ClinicCalendar.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.statistics = context.getBean(EntityManagerFactory.class)
                .unwrap(SessionFactory.class)
                .getStatistics();
    }

    /** Runs every interaction {@code warmUp + rounds} times on the first counselor and couple of the clinic. */
    List<Result> run(ClinicScale.Generated clinic, int warmUp, int rounds) {
        SignedInUser counselor = accounts.ensure(clinic.counselorEmail(0), "", Role.COUNSELOR);
        SignedInUser client = accounts.ensure(clinic.clientEmail(0, 1), "", Role.CLIENT);
        SignedInUser admin = accounts.ensure(clinic.adminEmail(), "", Role.ADMIN);
        long coupleId = clinic.firstCoupleId();
        long exerciseId = jdbc.queryForObject(
                "select exercise_id from assignment where couple_id = ? order by id limit 1", Long.class, coupleId);
        long textPrompt = jdbc.queryForObject(
                "select min(id) from exercise_prompt where exercise_id = ? and kind = 'TEXT'", Long.class, exerciseId);
        long latestSession = jdbc.queryForObject(
                // the latest generated session (created a week before it), not one an earlier run recorded and signed:
                // the note page's statements depend on its homework window, so the subject must stay the same
                "select id from counselling_session where couple_id = ? and created_at < starts_at"
                        + " order by starts_at desc limit 1",
                Long.class,
                coupleId);
        String search = jdbc.queryForObject(
                        "select last_name from partner where couple_id = ? and position = 1", String.class, coupleId)
                .substring(0, 5)
                .toLowerCase(Locale.ROOT);
        LocalDate today = calendar.today();
        LocalDate lastMonday =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        AuditQuery lastMonth = new AuditQuery("", null, null, null, today.minusDays(30), today);
        long partnerOne = jdbc.queryForObject(
                "select id from partner where couple_id = ? and position = 1", Long.class, coupleId);
        Map<String, String> noteText = new LinkedHashMap<>();
        noteText.put("data", "They came in late and spoke about the holidays.");
        noteText.put("partner-" + partnerOne, "Quiet at first, then direct.");
        noteText.put("assessment", "Less blame than last week.");
        noteText.put("plan", "Keep the weekly check-in.");

        long[] assigned = {0};
        long[] saved = {0};
        long[] toSign = {0};
        int[] pastSessions = {0};
        List<Interaction> interactions = List.of(
                new Interaction(
                        "account by id (baseline)",
                        () -> signIn(admin),
                        () -> accountAdmin.findAccount(counselor.accountId())),
                new Interaction("caseload page 1 (+ count)", () -> signIn(counselor), () -> {
                    CaseloadFilter all = new CaseloadFilter("", null);
                    return List.of(
                            couples.findCaseload(all, PageRequest.of(0, 50, Sort.by("caseName"))),
                            couples.countCaseload(all));
                }),
                new Interaction("caseload search (+ count)", () -> signIn(counselor), () -> {
                    CaseloadFilter named = new CaseloadFilter(search, null);
                    return List.of(
                            couples.findCaseload(named, PageRequest.of(0, 50, Sort.by("caseName"))),
                            couples.countCaseload(named));
                }),
                new Interaction("open a couple", () -> signIn(counselor), () -> couples.getCouple(coupleId)),
                new Interaction(
                        "homework tab",
                        () -> signIn(counselor),
                        () -> List.of(
                                homework.partnersOf(coupleId),
                                homework.lastFourWeeks(coupleId),
                                homework.homeworkOfCouple(coupleId, PageRequest.of(0, 20)),
                                homework.countHomeworkOfCouple(coupleId))),
                new Interaction("assign homework", () -> signIn(counselor), () -> {
                    List<Long> ids = homework.assign(
                            coupleId,
                            UUID.randomUUID(),
                            new NewAssignment(
                                    exerciseId,
                                    Audience.BOTH_SEPARATELY,
                                    null,
                                    today.plusDays(7),
                                    NewAssignment.Recurrence.ONCE,
                                    1,
                                    null,
                                    Visibility.SHARED));
                    assigned[0] = ids.getFirst();
                    return ids;
                }),
                new Interaction("client saves an answer", () -> signIn(client), () -> {
                    ResponseView view = myHomework.saveDraft(
                            assigned[0], Map.of(textPrompt, "We talked on the walk home."), MyHomework.NO_ANSWER_YET);
                    saved[0] = view.version();
                    return view;
                }),
                new Interaction(
                        "client submits it",
                        () -> signIn(client),
                        () -> myHomework.submit(
                                assigned[0],
                                Map.of(textPrompt, "We talked on the walk home, and it helped."),
                                saved[0])),
                new Interaction(
                        "note page + pre-session summary",
                        () -> signIn(counselor),
                        () -> List.of(notes.prepare(latestSession), notes.open(latestSession))),
                new Interaction(
                        "sign a note (with password check)",
                        () -> {
                            signIn(counselor);
                            toSign[0] = appointments.recordPastSession(
                                    coupleId,
                                    UUID.randomUUID(),
                                    new SessionPlan(
                                            today.minusDays(1 + pastSessions[0] / 40),
                                            LocalTime.of(7, 0).plusMinutes(15L * (pastSessions[0]++ % 40)),
                                            50,
                                            SessionFormat.IN_PERSON,
                                            "Room 2",
                                            null));
                        },
                        () -> notes.sign(
                                toSign[0],
                                new NoteDraft(NoteTemplate.COUPLES_DAP, noteText, -1),
                                TestAccounts.PASSWORD)),
                new Interaction(
                        "password check alone (part of sign)",
                        () -> signIn(counselor),
                        () -> myAccount.confirmOwnPassword(TestAccounts.PASSWORD, "password")),
                new Interaction("agenda week", () -> signIn(counselor), () -> appointments.week(lastMonday)),
                new Interaction(
                        "admin audit filter, last 30 days (+ count)",
                        () -> signIn(admin),
                        () -> List.of(
                                auditReview.find(lastMonth, PageRequest.of(0, 50)), auditReview.count(lastMonth))));

        statistics.setStatisticsEnabled(true);
        long[][] times = new long[interactions.size()][rounds];
        long[][] counts = new long[interactions.size()][rounds];
        try {
            for (int round = 0; round < warmUp + rounds; round++) {
                for (int i = 0; i < interactions.size(); i++) {
                    Interaction interaction = interactions.get(i);
                    interaction.prepare().run();
                    statistics.clear();
                    long started = System.nanoTime();
                    Object answer = interaction.call().get();
                    long took = System.nanoTime() - started;
                    if (answer == null) {
                        throw new IllegalStateException(interaction.name() + " answered nothing");
                    }
                    if (round >= warmUp) {
                        times[i][round - warmUp] = took / 1000;
                        counts[i][round - warmUp] = statistics.getPrepareStatementCount();
                    }
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < interactions.size(); i++) {
            long[] sorted = times[i].clone();
            Arrays.sort(sorted);
            results.add(new Result(
                    interactions.get(i).name(),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    sorted[sorted.length - 1],
                    Arrays.stream(counts[i]).min().orElse(0),
                    Arrays.stream(counts[i]).max().orElse(0)));
        }
        return results;
    }

    /** The results as a Markdown table; times in milliseconds, ratio = p50 over the baseline's p50. */
    static String table(List<Result> results) {
        double baseline = Math.max(1, results.getFirst().p50());
        StringBuilder table = new StringBuilder(
                "| interaction | p50 ms | p95 ms | max ms | p50 ÷ baseline | statements |\n|---|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f× | %s |%n",
                    r.name(),
                    r.p50() / 1000.0,
                    r.p95() / 1000.0,
                    r.max() / 1000.0,
                    r.p50() / baseline,
                    r.statements()));
        }
        return table.toString();
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void signIn(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
