package app.dyad.couples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.InvitationService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The admin corrects a partner's names and contact details (issue 11, item 8): admins only, validated, audited. */
@DyadSpringTest
class PartnerCorrectionsTest {

    @Autowired
    Mailbox mailbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    PartnerCorrections corrections;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    AuditReview audit;

    @Autowired
    InvitationService invitations;

    String tag;
    SignedInUser admin;
    SignedInUser counselor;
    SignedInUser bea;
    long coupleId;
    String adasInvitation;

    /** Ada was invited and never chose a password; Bea already had a login, so she signs in with her email. */
    @BeforeEach
    void couple() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        counselor = accounts.ensure("co-" + tag + "@test.dyad", "Co " + tag, Role.COUNSELOR);
        bea = accounts.ensure("bea-" + tag + "@test.dyad", "Bea", Role.CLIENT);
        admin = accounts.signInAs("ad-" + tag + "@test.dyad", "Ad", Role.ADMIN);
        var created = admins.createCouple(new NewCouple(
                new PartnerDetails("Ada" + tag, "Lovelase", null, null, "ada-" + tag + "@test.dyad", null, null),
                new PartnerDetails("Bea" + tag, "Byron", null, null, bea.email(), null, null),
                null,
                LocalDate.of(2026, 1, 5),
                CoupleStatus.ACTIVE,
                counselor.accountId()));
        coupleId = created.coupleId();
        assertThat(created.invitations()).hasSize(1);
        adasInvitation = mailbox.token("ada-" + tag + "@test.dyad", "invitation");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private PartnerView partner(int position) {
        accounts.signInAs(admin.email(), "", Role.ADMIN);
        return corrections.partnersOf(coupleId).stream()
                .filter(p -> p.position() == position)
                .findFirst()
                .orElseThrow();
    }

    private static PartnerDetails with(PartnerDetails d, String lastName, String email, String phone) {
        return new PartnerDetails(
                d.firstName(), lastName, d.preferredName(), d.pronouns(), email, phone, d.dateOfBirth());
    }

    @Test
    void theAdminCorrectsANameAndPhoneAndTheAuditNamesTheFieldsNeverTheValues() {
        PartnerView ada = partner(1);
        String email = ada.details().email();
        corrections.correctPartner(
                coupleId,
                new PartnerCorrection(
                        ada.id(), ada.version(), with(ada.details(), "Lovelace", email, "+44 20 7946 0" + 123)));

        PartnerView corrected = partner(1);
        assertThat(corrected.details().lastName()).isEqualTo("Lovelace");
        assertThat(corrected.details().phone()).isEqualTo("+44 20 7946 0123");
        assertThat(accountAdmin.findAccountByEmail(email).orElseThrow().displayName())
                .as("the login's name follows the partner's")
                .isEqualTo("Ada" + tag + " Lovelace");
        List<AuditRecord> rows = audit.find(
                new AuditQuery(
                        admin.email(), coupleId, AuditAction.PARTNER_CORRECTED, AuditOutcome.SUCCESS, null, null),
                PageRequest.of(0, 10));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.partnerId()).isEqualTo(ada.id());
            assertThat(row.detail()).contains("lastName", "phone").doesNotContain("Lovelace", "7946", "email");
        });
    }

    @Test
    void aTypoInTheEmailOfAnInvitedPartnerIsCorrectedOnTheirLoginToo() {
        PartnerView ada = partner(1);
        String typo = ada.details().email();
        String right = "ada.lovelace-" + tag + "@test.dyad";
        corrections.correctPartner(
                coupleId, new PartnerCorrection(ada.id(), ada.version(), with(ada.details(), "Lovelase", right, null)));

        assertThat(partner(1).details().email()).isEqualTo(right);
        assertThat(accountAdmin.findAccountByEmail(right)).isPresent();
        assertThat(accountAdmin.findAccountByEmail(typo)).isEmpty();
        assertThat(invitations.findInvitation(adasInvitation))
                .as("the link sent to the mistyped address no longer works")
                .isEmpty();
        assertThat(invitations.findInvitation(mailbox.token(right, "invitation")))
                .as("a fresh invitation went to the corrected address")
                .isPresent();
    }

    @Test
    void theEmailOfAPartnerWhoSignsInWithItIsNotChangedByTheAdmin() {
        PartnerView bea = partner(2);
        String other = "bea.other-" + tag + "@test.dyad";
        assertThatThrownBy(() -> corrections.correctPartner(
                        coupleId,
                        new PartnerCorrection(bea.id(), bea.version(), with(bea.details(), "Byron", other, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors().get("email").key())
                                .isEqualTo("account.email-is-sign-in"));
        assertThat(partner(2).details().email()).isEqualTo(this.bea.email());
        assertThat(accountAdmin.findAccountByEmail(this.bea.email())).isPresent();
    }

    @Test
    void invalidInputIsRefusedPerFieldWithTheLimit() {
        PartnerView ada = partner(1);
        PartnerDetails bad = new PartnerDetails(
                " ", "x".repeat(PartnerDetails.NAME_MAX_LENGTH + 1), null, null, "not-an-email", null, null);
        assertThatThrownBy(
                        () -> corrections.correctPartner(coupleId, new PartnerCorrection(ada.id(), ada.version(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.fieldErrors()).containsOnlyKeys("firstName", "lastName", "email");
                    assertThat(refused.fieldErrors().get("firstName").key()).isEqualTo("validation.required");
                    assertThat(refused.fieldErrors().get("email").key()).isEqualTo("validation.email");
                    assertThat(refused.fieldErrors().get("lastName").key()).isEqualTo(InvalidInputException.TOO_LONG);
                    assertThat(refused.fieldErrors().get("lastName").args())
                            .containsExactly(PartnerDetails.NAME_MAX_LENGTH);
                });
        assertThat(partner(1).details().lastName()).isEqualTo("Lovelase");
    }

    @Test
    void aCorrectionOnAStaleVersionIsRefusedAndChangesNothing() {
        PartnerView seen = partner(1);
        corrections.correctPartner(
                coupleId,
                new PartnerCorrection(
                        seen.id(),
                        seen.version(),
                        with(seen.details(), "Lovelace", seen.details().email(), "1")));
        assertThatThrownBy(() -> corrections.correctPartner(
                        coupleId,
                        new PartnerCorrection(
                                seen.id(),
                                seen.version(),
                                with(seen.details(), "King", seen.details().email(), "2"))))
                .isInstanceOf(EditConflictException.class);
        assertThat(partner(1).details().lastName()).isEqualTo("Lovelace");
    }

    @Test
    void aCounselorOrClientIsRefusedAndTheRefusalIsAudited() {
        PartnerView ada = partner(1);
        PartnerCorrection correction = new PartnerCorrection(
                ada.id(), ada.version(), with(ada.details(), "X", ada.details().email(), null));
        for (SignedInUser caller : List.of(counselor, bea)) {
            long before = refusals(caller);
            accounts.signInAs(caller.email(), "", caller.role());
            assertThatThrownBy(() -> corrections.correctPartner(coupleId, correction))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(refusals(caller)).as(caller.role() + " refusal audited").isEqualTo(before + 1);
        }
        assertThat(partner(1).details().lastName()).isEqualTo("Lovelase");
    }

    @Test
    void aPartnerOfAnotherCoupleCannotBeCorrectedThroughThisOne() {
        PartnerView ada = partner(1);
        long otherCouple = admins.createCouple(new NewCouple(
                        new PartnerDetails("Cy" + tag, "One", null, null, null, null, null),
                        new PartnerDetails("Di" + tag, "Two", null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 1, 5),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        assertThatThrownBy(() -> corrections.correctPartner(
                        otherCouple,
                        new PartnerCorrection(
                                ada.id(),
                                ada.version(),
                                with(ada.details(), "X", ada.details().email(), null))))
                .isInstanceOf(CaseNotAvailableException.class);
    }

    private long refusals(SignedInUser caller) {
        accounts.signInAs(admin.email(), "", Role.ADMIN);
        return audit.count(new AuditQuery(caller.email(), coupleId, null, AuditOutcome.DENIED, null, null));
    }
}
