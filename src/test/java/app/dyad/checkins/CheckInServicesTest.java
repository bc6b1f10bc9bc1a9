package app.dyad.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The counselor's plan, a partner's answers, and who sees which scores when, against the real schema. */
@DyadSpringTest
class CheckInServicesTest {

    @Autowired
    CounselorCheckIns counselor;

    @Autowired
    MyCheckIns mine;

    @Autowired
    Instruments instruments;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    CheckInClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new CheckInClinic(accounts, admins, couples);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private PlanView plan(Cadence cadence, Visibility visibility) {
        clinic.asCounselor();
        long version = counselor.progress(clinic.coupleId).plan().version();
        return counselor.savePlan(clinic.coupleId, cadence, visibility, version);
    }

    /** Every item answered with {@code value}, clamped to its range. */
    private Map<Long, Integer> all(int value) {
        Map<Long, Integer> answers = new HashMap<>();
        instruments.all().forEach(i -> i.items().forEach(item -> answers.put(item.id(), Math.min(value, item.max()))));
        return answers;
    }

    private void answer(Runnable signIn, int value) {
        signIn.run();
        MyCheckIn open = mine.open().orElseThrow();
        mine.submit(open.roundOn(), all(value), open.version(), open.visibility());
    }

    private List<InstrumentProgress> progressOf(Runnable signIn) {
        signIn.run();
        return mine.progress("me", "partner");
    }

    private static long partnerPoints(List<InstrumentProgress> progress) {
        return progress.stream().mapToLong(p -> p.two().points().size()).sum();
    }

    private long audited(String action, String outcome) {
        Long count = jdbc.queryForObject(
                "select count(*) from audit_entry where couple_id = ? and action = ? and outcome = ?",
                Long.class,
                clinic.coupleId,
                action,
                outcome);
        return count == null ? 0 : count;
    }

    @Test
    void nothingIsOpenUntilTheCounselorPlansCheckIns() {
        clinic.asAlex();
        assertThat(mine.open()).isEmpty();
        plan(Cadence.EVERY_2_WEEKS, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        assertThat(mine.open()).get().satisfies(open -> {
            assertThat(open.questionCount()).isEqualTo(13);
            assertThat(open.version()).isEqualTo(MyCheckIns.NOTHING_SAVED);
        });
    }

    @Test
    void aDraftSavesAndComesBackAndAHandInNeedsEveryAnswer() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        MyCheckIn open = mine.open().orElseThrow();
        long firstItem = open.instruments().getFirst().items().getFirst().id();
        long version = mine.saveDraft(open.roundOn(), Map.of(firstItem, 7), open.version(), open.visibility());
        assertThat(mine.open().orElseThrow().values()).containsEntry(firstItem, 7);

        long saved = version;
        assertThatThrownBy(() -> mine.submit(open.roundOn(), Map.of(firstItem, 7), saved, open.visibility()))
                .isInstanceOf(InvalidInputException.class);
        long handedIn = mine.submit(open.roundOn(), all(6), version, open.visibility());
        assertThat(mine.open()).as("a handed-in check-in is done").isEmpty();
        assertThatThrownBy(() -> mine.saveDraft(open.roundOn(), all(1), handedIn, open.visibility()))
                .as("a handed-in check-in is final")
                .isInstanceOf(InvalidInputException.class);
        assertThat(audited("CHECKIN_SAVED", "DENIED")).isEqualTo(1);
        assertThat(audited("CHECKIN_SUBMITTED", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void answersOutsideTheScaleOrToUnknownQuestionsAreRefused() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        MyCheckIn open = mine.open().orElseThrow();
        long csiFirst = open.instruments().get(1).items().getFirst().id();
        assertThatThrownBy(() -> mine.saveDraft(open.roundOn(), Map.of(csiFirst, 7), open.version(), open.visibility()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mine.saveDraft(open.roundOn(), Map.of(-5L, 1), open.version(), open.visibility()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mine.saveDraft(
                        open.roundOn().minusDays(14), Map.of(csiFirst, 1), open.version(), open.visibility()))
                .as("a round that is not open")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSecondWindowsStaleSaveIsAConflictNotAnOverwrite() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        MyCheckIn open = mine.open().orElseThrow();
        long item = open.instruments().getFirst().items().getFirst().id();
        mine.saveDraft(open.roundOn(), Map.of(item, 3), open.version(), open.visibility());
        assertThatThrownBy(() -> mine.saveDraft(open.roundOn(), Map.of(item, 9), open.version(), open.visibility()))
                .isInstanceOf(EditConflictException.class);
        assertThat(mine.open().orElseThrow().values()).containsEntry(item, 3);
    }

    @Test
    void underRevealTogetherEachSeesTheOthersScoresOnlyOnceBothHaveAnswered() {
        plan(Cadence.ONCE, Visibility.REVEAL_TOGETHER);
        answer(clinic::asAlex, 8);
        assertThat(partnerPoints(progressOf(clinic::asAlex)))
                .as("Alex before Sam answered")
                .isZero();
        assertThat(partnerPoints(progressOf(clinic::asSam)))
                .as("Sam before answering")
                .isZero();

        answer(clinic::asSam, 2);
        List<InstrumentProgress> sams = progressOf(clinic::asSam);
        assertThat(partnerPoints(sams)).as("Sam after answering").isEqualTo(2);
        assertThat(sams.get(1).two().points().getFirst().score()).isEqualTo(6 + 5 + 5 + 5);
        assertThat(partnerPoints(progressOf(clinic::asAlex))).isEqualTo(2);
    }

    @Test
    void underCounselorOnlyAPartnerNeverSeesTheOthersScoresEvenAfterThePlanChanges() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        answer(clinic::asAlex, 8);
        answer(clinic::asSam, 2);
        assertThat(partnerPoints(progressOf(clinic::asSam))).isZero();
        assertThat(partnerPoints(progressOf(clinic::asAlex))).isZero();

        plan(Cadence.ONCE, Visibility.REVEAL_TOGETHER);
        assertThat(partnerPoints(progressOf(clinic::asSam)))
                .as("answers given under 'counselor only' stay so")
                .isZero();
    }

    @Test
    void theCounselorSeesBothTrendsAndWhereThePartnersDiffer() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        answer(clinic::asAlex, 9);
        answer(clinic::asSam, 4);
        clinic.asCounselor();
        CoupleProgress progress = counselor.progress(clinic.coupleId);
        InstrumentProgress balance = progress.instruments().getFirst();
        assertThat(balance.one().points()).extracting(ScorePoint::score).containsExactly(9.0);
        assertThat(balance.two().points()).extracting(ScorePoint::score).containsExactly(4.0);
        assertThat(balance.sameRound()).isTrue();
        assertThat(balance.differences()).hasSize(9).allMatch(d -> d.gap() == 5);
        InstrumentProgress csi = progress.instruments().get(1);
        // Alex: 6+5+5+5 = 21; Sam: 4+4+4+4 = 16; only the first item is 3 apart? 6-4 = 2: none
        assertThat(csi.one().points().getFirst().score()).isEqualTo(21);
        assertThat(csi.two().points().getFirst().score()).isEqualTo(16);
        assertThat(csi.differences()).isEmpty();
        assertThat(audited("CHECKINS_VIEWED", "SUCCESS")).isPositive();
    }

    @Test
    void anotherCounselorAndTheAdminAreRefusedAndAudited() {
        plan(Cadence.ONCE, Visibility.REVEAL_TOGETHER);
        answer(clinic::asAlex, 5);
        clinic.asOtherCounselor();
        assertThatThrownBy(() -> counselor.progress(clinic.coupleId)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> counselor.savePlan(clinic.coupleId, Cadence.EVERY_WEEK, Visibility.COUNSELOR_ONLY, 0))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> counselor.beforeSession(clinic.coupleId, Instant.now(), null))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThat(audited("CHECKINS_VIEWED", "DENIED")).isEqualTo(2);
        assertThat(audited("CHECKIN_PLAN_SET", "DENIED")).isEqualTo(1);

        clinic.asAdmin();
        assertThatThrownBy(() -> counselor.progress(clinic.coupleId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mine.progress("a", "b")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlanChangedMeanwhileIsAConflictAndSharedIsNotAChoice() {
        PlanView first = plan(Cadence.EVERY_WEEK, Visibility.COUNSELOR_ONLY);
        counselor.savePlan(clinic.coupleId, Cadence.EVERY_2_WEEKS, Visibility.COUNSELOR_ONLY, first.version());
        assertThatThrownBy(() -> counselor.savePlan(
                        clinic.coupleId, Cadence.EVERY_4_WEEKS, Visibility.COUNSELOR_ONLY, first.version()))
                .isInstanceOf(EditConflictException.class);
        long now = counselor.progress(clinic.coupleId).plan().version();
        assertThatThrownBy(() -> counselor.savePlan(clinic.coupleId, Cadence.ONCE, Visibility.SHARED, now))
                .isInstanceOf(InvalidInputException.class);
        assertThat(counselor.progress(clinic.coupleId).plan().cadence()).isEqualTo(Cadence.EVERY_2_WEEKS);
    }

    @Test
    void thePreSessionSummaryShowsTheLatestScoreAndItsChangeSinceTheLastSession() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        answer(clinic::asAlex, 5);
        // the earlier check-in was handed in before the last session; a newer round follows it
        jdbc.update(
                "update checkin set submitted_at = '2026-01-01 10:00:00', round_on = '2026-01-01' where couple_id = ?",
                clinic.coupleId);
        jdbc.update("update checkin_plan set starts_on = ? where couple_id = ?", LocalDate.now(), clinic.coupleId);
        answer(clinic::asAlex, 8);
        clinic.asCounselor();
        Instant lastSession = Instant.parse("2026-01-02T00:00:00Z");
        Instant nextWeek = Instant.now().plusSeconds(7 * 24 * 3600);
        List<ScoreChange> changes = counselor.beforeSession(clinic.coupleId, nextWeek, lastSession);
        assertThat(changes).hasSize(2).allMatch(c -> c.partnerName().equals("Alex"));
        assertThat(changes.getFirst().latest()).isEqualTo(8.0);
        assertThat(changes.getFirst().change()).isEqualTo(3.0);
        assertThat(changes.get(1).latest()).isEqualTo(6 + 5 + 5 + 5);
        assertThat(changes.get(1).change()).as("21 now, 5+5+5+5 before").isEqualTo(1.0);

        // the page of the session on 2 January shows what was known then: the first check-in, no change to show
        List<ScoreChange> then = counselor.beforeSession(clinic.coupleId, lastSession, null);
        assertThat(then).hasSize(2).allMatch(c -> c.change() == null);
        assertThat(then.getFirst().latest()).isEqualTo(5.0);
    }

    @Test
    void withNothingHandedInSinceTheLastSessionNoChangeIsClaimed() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        answer(clinic::asAlex, 5);
        clinic.asCounselor();
        Instant inAnHour = Instant.now().plusSeconds(3600);
        List<ScoreChange> changes = counselor.beforeSession(clinic.coupleId, inAnHour.plusSeconds(3600), inAnHour);
        assertThat(changes).hasSize(2).allMatch(c -> c.change() == null);
    }

    @Test
    void aChangeOfPlanWhileThePageWasOpenNeverWidensWhatThePartnerWasTold() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        MyCheckIn shownToAlex = mine.open().orElseThrow();
        assertThat(shownToAlex.visibility()).isEqualTo(Visibility.COUNSELOR_ONLY);
        plan(Cadence.ONCE, Visibility.REVEAL_TOGETHER);
        clinic.asAlex();
        mine.submit(shownToAlex.roundOn(), all(9), shownToAlex.version(), shownToAlex.visibility());
        answer(clinic::asSam, 1);
        assertThat(partnerPoints(progressOf(clinic::asSam)))
                .as("Alex was told 'your partner does not' see it")
                .isZero();
    }

    @Test
    void aRevealIsMutualWhenThePlanChangedMidRound() {
        plan(Cadence.ONCE, Visibility.REVEAL_TOGETHER);
        clinic.asAlex();
        MyCheckIn alex = mine.open().orElseThrow();
        long version = mine.saveDraft(alex.roundOn(), all(9), alex.version(), alex.visibility());
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        mine.submit(alex.roundOn(), all(9), version, alex.visibility());
        answer(clinic::asSam, 1);
        assertThat(partnerPoints(progressOf(clinic::asSam)))
                .as("Sam answered under 'counselor only': Alex will never see his, so he does not see Alex's")
                .isZero();
        assertThat(partnerPoints(progressOf(clinic::asAlex))).isZero();
    }

    @Test
    void aPartnerLearnsTheOthersScoresNeverTheirAnswerToEachQuestion() {
        plan(Cadence.ONCE, Visibility.REVEAL_TOGETHER);
        answer(clinic::asAlex, 8);
        answer(clinic::asSam, 2);
        List<InstrumentProgress> sams = progressOf(clinic::asSam);
        assertThat(partnerPoints(sams)).isEqualTo(2);
        assertThat(sams).allSatisfy(p -> {
            assertThat(p.sideBySide()).isEmpty();
            assertThat(p.differences()).isEmpty();
        });
    }

    @Test
    void aClosedCaseAsksNothingAndTakesNoAnswer() {
        plan(Cadence.ONCE, Visibility.COUNSELOR_ONLY);
        clinic.asAlex();
        MyCheckIn open = mine.open().orElseThrow();
        jdbc.update("update couple set status = 'CLOSED' where id = ?", clinic.coupleId);
        assertThat(mine.open()).isEmpty();
        assertThatThrownBy(() -> mine.submit(open.roundOn(), all(3), open.version(), open.visibility()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(audited("CHECKIN_SUBMITTED", "DENIED")).isEqualTo(1);
    }
}
