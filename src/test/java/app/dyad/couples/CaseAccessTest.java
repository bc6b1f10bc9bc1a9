package app.dyad.couples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditReview;
import app.dyad.base.EditConflictException;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Every read and write of the other caseload, the partner's private goals and clinical data as admin: refused and audited. */
@DyadSpringTest
class CaseAccessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    MyCouple myCouple;

    @Autowired
    CaseAccess caseAccess;

    @Autowired
    AuditReview audit;

    TwoCaseloads clinic;

    @BeforeEach
    void clinic() {
        clinic = new TwoCaseloads(accounts, admins, couples);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long deniedAuditRows(SignedInUser actor, Long coupleId) {
        clinic.asAdmin(accounts);
        long count = audit.count(new AuditQuery(actor.email(), coupleId, null, AuditOutcome.DENIED, null, null));
        accounts.signInAs(actor.email(), "", actor.role());
        return count;
    }

    private void refusedAndAudited(SignedInUser actor, Long coupleId, ThrowingCallable call) {
        long before = deniedAuditRows(actor, coupleId);
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedAuditRows(actor, coupleId)).isEqualTo(before + 1);
    }

    @Test
    void aCounselorCannotReadOrChangeAnotherCounselorsCouple() {
        SignedInUser two = clinic.asCounselorTwo(accounts);
        long other = clinic.coupleOne.id();
        long version = clinic.coupleOne.version();

        refusedAndAudited(two, other, () -> couples.getCouple(other));
        refusedAndAudited(two, other, () -> couples.updatePresentingConcerns(other, version, "overwritten"));
        refusedAndAudited(
                two,
                other,
                () -> couples.recordAgreement(
                        other, new AgreementEdit(version, SecretsPolicy.NO_SECRETS, LocalDate.of(2026, 1, 1), null)));
        refusedAndAudited(two, other, () -> couples.addGoal(other, new NewGoal(null, "sneaky", GoalVisibility.SHARED)));
        refusedAndAudited(
                two,
                other,
                () -> couples.updateGoal(new GoalEdit(
                        clinic.privateGoalOfOnesSecondPartner, 0, "changed", GoalVisibility.SHARED, null)));
        assertThat(caseAccess.isCounselorOf(other)).isFalse();

        clinic.asCounselorOne(accounts);
        CoupleFile untouched = couples.getCouple(other);
        assertThat(untouched.presentingConcerns()).startsWith("Concerns of couple one");
        assertThat(untouched.goals())
                .extracting(GoalView::description)
                .noneMatch(d -> d.contains("sneaky") || d.equals("changed"));
    }

    @Test
    void aCoupleThatDoesNotExistIsRefusedExactlyLikeAnotherCounselorsCouple() {
        SignedInUser two = clinic.asCounselorTwo(accounts);
        refusedAndAudited(two, Long.MAX_VALUE, () -> couples.getCouple(Long.MAX_VALUE));
    }

    @Test
    void theCaseloadHoldsOnlyOwnCouplesInRowsCountsAndSearch() {
        clinic.asCounselorOne(accounts);
        List<CaseloadRow> mine = couples.findCaseload(new CaseloadFilter(clinic.tag, null), PageRequest.of(0, 50));
        assertThat(mine).extracting(CaseloadRow::id).containsExactly(clinic.coupleOne.id());
        assertThat(couples.countCaseload(new CaseloadFilter(clinic.tag, null))).isEqualTo(1);

        // searching for the other caseload's partner finds nothing, not even a count
        assertThat(couples.findCaseload(new CaseloadFilter("Cyd" + clinic.tag, null), PageRequest.of(0, 50)))
                .isEmpty();
        assertThat(couples.countCaseload(new CaseloadFilter("Dov" + clinic.tag, null)))
                .isZero();
        assertThat(couples.findCaseload(new CaseloadFilter("Bea" + clinic.tag, null), PageRequest.of(0, 50)))
                .extracting(CaseloadRow::id)
                .containsExactly(clinic.coupleOne.id());
        assertThat(couples.countCaseload(new CaseloadFilter(clinic.tag, CoupleStatus.PAUSED)))
                .isZero();
    }

    @Test
    void aReassignedCoupleLeavesTheOldCounselorsCaseloadAtOnce() {
        clinic.asAdmin(accounts);
        admins.reassignCounselor(clinic.coupleOne.id(), clinic.coupleOne.version(), clinic.counselorTwo.accountId());

        SignedInUser one = clinic.asCounselorOne(accounts);
        assertThat(couples.countCaseload(new CaseloadFilter(clinic.tag, null))).isZero();
        refusedAndAudited(one, clinic.coupleOne.id(), () -> couples.getCouple(clinic.coupleOne.id()));

        clinic.asCounselorTwo(accounts);
        assertThat(couples.getCouple(clinic.coupleOne.id()).presentingConcerns())
                .startsWith("Concerns of couple one");
        assertThat(couples.countCaseload(new CaseloadFilter(clinic.tag, null))).isEqualTo(2);
    }

    @Test
    void aClientSeesSharedGoalsAndTheirOwnButNeverTheirPartnersPrivateGoals() {
        clinic.asClient(accounts, "Ada");
        MySpace ada = myCouple.getMySpace();
        assertThat(ada.counselorName()).isEqualTo("Counselor One " + clinic.tag);
        assertThat(ada.partnerCallName()).isEqualTo("Bea");
        assertThat(ada.coupleGoals())
                .extracting(GoalView::description)
                .containsExactly("Shared couple goal " + clinic.tag);
        assertThat(ada.myGoals()).extracting(GoalView::description).containsExactly("Ada shared goal " + clinic.tag);
        assertThat(ada.partnerSharedGoals()).isEmpty();

        clinic.asClient(accounts, "Bea");
        MySpace bea = myCouple.getMySpace();
        assertThat(bea.myGoals()).extracting(GoalView::description).containsExactly("Bea private goal " + clinic.tag);
        assertThat(bea.partnerSharedGoals())
                .extracting(GoalView::description)
                .containsExactly("Ada shared goal " + clinic.tag);
    }

    @Test
    void aClientCannotOpenAnyCoupleFileNotEvenTheirOwn() {
        SignedInUser ada = clinic.asClient(accounts, "Ada");
        refusedAndAudited(ada, clinic.coupleOne.id(), () -> couples.getCouple(clinic.coupleOne.id()));
        refusedAndAudited(ada, clinic.coupleTwo.id(), () -> couples.getCouple(clinic.coupleTwo.id()));
        assertThatThrownBy(() -> couples.findCaseload(new CaseloadFilter("", null), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCannotReadPresentingConcernsOrGoals() {
        SignedInUser admin = clinic.asAdmin(accounts);
        refusedAndAudited(admin, clinic.coupleOne.id(), () -> couples.getCouple(clinic.coupleOne.id()));
        refusedAndAudited(
                admin,
                clinic.coupleOne.id(),
                () -> couples.addGoal(clinic.coupleOne.id(), new NewGoal(null, "admin goal", GoalVisibility.SHARED)));
        refusedAndAudited(admin, null, myCouple::getMySpace);

        List<AdminCoupleRow> rows = admins.findCouples(clinic.tag, PageRequest.of(0, 10));
        assertThat(rows)
                .extracting(AdminCoupleRow::counselorName)
                .containsExactlyInAnyOrder("Counselor One " + clinic.tag, "Counselor Two " + clinic.tag);
        assertThat(AdminCoupleRow.class.getRecordComponents())
                .extracting(c -> c.getName())
                .doesNotContain("presentingConcerns", "goals", "secretsPolicy", "secretsNote");
    }

    @Test
    void counselorsAndClientsCannotUseTheAdminsCaseMethodsAndTheRefusalIsAudited() {
        SignedInUser one = clinic.asCounselorOne(accounts);
        long before = auditCount(one, AuditAction.SERVICE_CALL);
        assertThatThrownBy(() ->
                        admins.reassignCounselor(clinic.coupleTwo.id(), clinic.coupleTwo.version(), one.accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admins.findCouples("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditCount(one, AuditAction.SERVICE_CALL)).isEqualTo(before + 2);

        clinic.asClient(accounts, "Ada");
        assertThatThrownBy(() ->
                        admins.changeStatus(clinic.coupleOne.id(), clinic.coupleOne.version(), CoupleStatus.CLOSED))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long auditCount(SignedInUser actor, AuditAction action) {
        clinic.asAdmin(accounts);
        long count = audit.count(new AuditQuery(actor.email(), null, action, AuditOutcome.DENIED, null, null));
        accounts.signInAs(actor.email(), "", actor.role());
        return count;
    }

    @Test
    void anAdminActingOnAStaleListRowIsToldInsteadOfOverwriting() {
        clinic.asAdmin(accounts);
        long seen = admins.findCouples(clinic.tag, PageRequest.of(0, 10)).stream()
                .filter(r -> r.id() == clinic.coupleTwo.id())
                .findFirst()
                .orElseThrow()
                .version();
        admins.changeStatus(clinic.coupleTwo.id(), seen, CoupleStatus.PAUSED);
        assertThatThrownBy(() -> admins.reassignCounselor(clinic.coupleTwo.id(), seen, clinic.counselorOne.accountId()))
                .isInstanceOf(EditConflictException.class);
        assertThat(admins.findCouples(clinic.tag, PageRequest.of(0, 10)))
                .filteredOn(r -> r.id() == clinic.coupleTwo.id())
                .singleElement()
                .satisfies(r -> assertThat(r.counselorId()).isEqualTo(clinic.counselorTwo.accountId()));
    }

    @Test
    void aSaveBasedOnAnOutdatedVersionIsRefusedNotSilentlyApplied() {
        clinic.asCounselorOne(accounts);
        long seen = clinic.coupleOne.version();
        couples.updatePresentingConcerns(clinic.coupleOne.id(), seen, "first tab's text");
        assertThatThrownBy(() -> couples.updatePresentingConcerns(clinic.coupleOne.id(), seen, "second tab's text"))
                .isInstanceOf(EditConflictException.class);
        assertThat(couples.getCouple(clinic.coupleOne.id()).presentingConcerns())
                .isEqualTo("first tab's text");
    }

    @Test
    void everyCounselorReadOfACoupleIsAudited() {
        SignedInUser one = clinic.asCounselorOne(accounts);
        couples.getCouple(clinic.coupleOne.id());
        clinic.asAdmin(accounts);
        assertThat(audit.count(new AuditQuery(
                        one.email(),
                        clinic.coupleOne.id(),
                        AuditAction.COUPLE_VIEWED,
                        AuditOutcome.SUCCESS,
                        null,
                        null)))
                .isGreaterThanOrEqualTo(2);
    }
}
