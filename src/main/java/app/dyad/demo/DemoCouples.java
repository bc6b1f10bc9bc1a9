package app.dyad.demo;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.AgreementEdit;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleCreated;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.NewCouple;
import app.dyad.couples.NewGoal;
import app.dyad.couples.PartnerDetails;
import app.dyad.couples.SecretsPolicy;
import app.dyad.identity.AccountSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The demo clinic's couples: Alex & Sam with Maya, Robin & Kai with Jon, and 40 more for paging and search. */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
class DemoCouples {

    private static final List<String> FIRST = List.of(
            "Ava", "Ben", "Chloé", "Dev", "Elif", "Finn", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Leo", "Mira",
            "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wim", "Xia", "Yusuf", "Zoe");
    private static final List<String> LAST = List.of(
            "Andersen",
            "Bauer",
            "Costa",
            "Duarte",
            "Eriksen",
            "Fischer",
            "García",
            "Haddad",
            "Ito",
            "Jansen",
            "Kowalski",
            "Laurent",
            "Meyer",
            "Nakamura",
            "Okoro",
            "Petrov",
            "Quist",
            "Rossi",
            "Silva",
            "Tanaka",
            "Umeh",
            "Vogel",
            "Weber",
            "Yilmaz",
            "Zimmer");

    private final CoupleAdminService admin;
    private final CoupleService couples;
    private final DemoHomework homework;
    private final DemoSessions sessions;
    private final DemoCheckIns checkIns;
    private final DemoPrivateMessages privateMessages;
    private final AuthenticationManager authentication;
    private final ClinicCalendar calendar;

    DemoCouples(
            CoupleAdminService admin,
            CoupleService couples,
            DemoHomework homework,
            DemoSessions sessions,
            DemoCheckIns checkIns,
            DemoPrivateMessages privateMessages,
            AuthenticationManager authentication,
            ClinicCalendar calendar) {
        this.admin = admin;
        this.couples = couples;
        this.homework = homework;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.privateMessages = privateMessages;
        this.authentication = authentication;
        this.calendar = calendar;
    }

    /** Runs as the demo admin; returns false when couples already exist. */
    boolean seed() {
        if (admin.countCouples("") > 0) {
            return false;
        }
        List<AccountSummary> counselors = admin.counselors();
        long maya = idOf(counselors, "maya@dyad.demo");
        long jon = idOf(counselors, "jon@dyad.demo");
        LocalDate today = calendar.today();

        CoupleCreated alexSam = admin.createCouple(new NewCouple(
                new PartnerDetails(
                        "Alexandra",
                        "Moreau",
                        "Alex",
                        "she/her",
                        "alex@dyad.demo",
                        "+44 20 7946 0101",
                        LocalDate.of(1989, 4, 12)),
                new PartnerDetails(
                        "Samuel",
                        "Moreau",
                        "Sam",
                        "he/him",
                        "sam@dyad.demo",
                        "+44 20 7946 0102",
                        LocalDate.of(1987, 9, 3)),
                null,
                today.minusMonths(3),
                CoupleStatus.ACTIVE,
                maya));
        CoupleCreated robinKai = admin.createCouple(new NewCouple(
                new PartnerDetails(
                        "Robin", "Okafor", null, "they/them", "robin@dyad.demo", null, LocalDate.of(1992, 1, 30)),
                new PartnerDetails("Kai", "Okafor", null, "he/him", "kai@dyad.demo", "+44 20 7946 0202", null),
                null,
                today.minusMonths(1),
                CoupleStatus.ACTIVE,
                jon));

        Random random = new Random(2026);
        CoupleStatus[] statuses = {
            CoupleStatus.ACTIVE, CoupleStatus.ACTIVE, CoupleStatus.ACTIVE, CoupleStatus.PAUSED, CoupleStatus.CLOSED
        };
        List<Long> mayasActive = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String lastOne = LAST.get(random.nextInt(LAST.size()));
            String lastTwo = random.nextInt(3) == 0 ? LAST.get(random.nextInt(LAST.size())) : lastOne;
            CoupleStatus status = statuses[random.nextInt(statuses.length)];
            CoupleCreated created = admin.createCouple(new NewCouple(
                    new PartnerDetails(FIRST.get(random.nextInt(FIRST.size())), lastOne, null, null, null, null, null),
                    new PartnerDetails(FIRST.get(random.nextInt(FIRST.size())), lastTwo, null, null, null, null, null),
                    null,
                    today.minusDays(10 + random.nextInt(700)),
                    status,
                    i % 2 == 0 ? maya : jon));
            if (i % 2 == 0 && status == CoupleStatus.ACTIVE) {
                mayasActive.add(created.coupleId());
            }
        }

        as(
                "maya@dyad.demo",
                () -> clinical(
                        alexSam.coupleId(),
                        today,
                        SecretsPolicy.NO_SECRETS,
                        "Frequent arguments about time apart; Alex feels crowded, Sam feels left out when Alex sees friends.",
                        "Agree a weekly rhythm of time together and time apart",
                        "Name my need for alone time without apologising",
                        "Plan one evening with my own friends each month"));
        as(
                "jon@dyad.demo",
                () -> clinical(
                        robinKai.coupleId(),
                        today,
                        SecretsPolicy.LIMITED_SECRETS,
                        "Trust strained after Kai's job move; both want to rebuild everyday reliability.",
                        "Keep small promises and talk about the ones we miss",
                        "Ask for reassurance directly instead of checking",
                        "Take up climbing again on my own"));
        homework.seed(alexSam.coupleId(), robinKai.coupleId(), today, this::as);
        sessions.seed(alexSam.coupleId(), robinKai.coupleId(), mayasActive, today, this::as);
        checkIns.seed(robinKai.coupleId(), this::as);
        privateMessages.seed(this::as);
        return true;
    }

    private void clinical(
            long coupleId,
            LocalDate today,
            SecretsPolicy policy,
            String concerns,
            String coupleGoal,
            String goalOne,
            String privateGoalTwo) {
        CoupleFile file = couples.getCouple(coupleId);
        file = couples.updatePresentingConcerns(coupleId, file.version(), concerns);
        file = couples.recordAgreement(
                coupleId,
                new AgreementEdit(
                        file.version(), policy, today.minusMonths(1), "Agreed at intake with both partners present."));
        couples.addGoal(coupleId, new NewGoal(null, coupleGoal, GoalVisibility.SHARED));
        couples.addGoal(coupleId, new NewGoal(file.partnerOne().id(), goalOne, GoalVisibility.SHARED));
        couples.addGoal(coupleId, new NewGoal(file.partnerTwo().id(), privateGoalTwo, GoalVisibility.PRIVATE));
    }

    void as(String email, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, DemoData.PASSWORD)));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static long idOf(List<AccountSummary> accounts, String email) {
        return accounts.stream()
                .filter(a -> a.email().equals(email))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo account missing: " + email))
                .id();
    }
}
