package app.dyad.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleCreated;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The admin finds a couple's audit rows by a partner's name, and sees names instead of bare ids. */
@DyadSpringTest
class AuditByCoupleNameTest {

    @Autowired
    AuditReview review;

    @Autowired
    AuditTrail trail;

    @Autowired
    CoupleAdminService couples;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void filteringByAPartnersNameReturnsOnlyThatCouplesRows() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        SignedInUser counselor = accounts.ensure("maya-" + tag + "@test.dyad", "Maya " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        CoupleCreated moreau = couple("Camille", "Moreau" + tag, counselor);
        CoupleCreated berg = couple("Jonas", "Berg" + tag, counselor);
        trail.recordRead(AuditAction.NOTE_READ, moreau.coupleId(), null);
        trail.recordRead(AuditAction.NOTE_READ, berg.coupleId(), null);

        AuditQuery byName = new AuditQuery("", null, "moreau" + tag, null, null, null, null);
        List<AuditRecord> rows = review.find(byName, PageRequest.of(0, 50));

        assertThat(rows).hasSize(2); // COUPLE_CREATED and NOTE_READ
        assertThat(rows).extracting(AuditRecord::coupleId).containsOnly(moreau.coupleId());
        assertThat(rows).extracting(AuditRecord::coupleName).containsOnly(moreau.caseName());
        assertThat(review.count(byName)).isEqualTo(2);
        assertThat(review.find(byName, PageRequest.of(1, 1)))
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.COUPLE_CREATED);
    }

    @Test
    void aNameNoCoupleHasFindsNothingRatherThanEverything() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        AuditQuery nobody = new AuditQuery("", null, "nobody-" + tag, null, null, null, null);

        assertThat(review.find(nobody, PageRequest.of(0, 50))).isEmpty();
        assertThat(review.count(nobody)).isZero();
    }

    private CoupleCreated couple(String firstName, String lastName, SignedInUser counselor) {
        return couples.createCouple(new NewCouple(
                new PartnerDetails(firstName, lastName, null, null, null, null, null),
                new PartnerDetails("Alex", lastName, null, null, null, null, null),
                null,
                LocalDate.of(2026, 3, 1),
                CoupleStatus.ACTIVE,
                counselor.accountId()));
    }
}
