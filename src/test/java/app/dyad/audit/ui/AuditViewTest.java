package app.dyad.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditTrail;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleCreated;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail shows words, not keys, and its columns are set up to fit 1280 px with the menu open. */
@DyadSpringTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService couples;

    @Autowired
    AuditTrail trail;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyActionIsShownInWordsAndTheCoupleByName() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        SignedInUser counselor = accounts.ensure("maya-" + tag + "@test.dyad", "Maya " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        CoupleCreated moreau = couples.createCouple(new NewCouple(
                new PartnerDetails("Camille", "Moreau" + tag, null, null, null, null, null),
                new PartnerDetails("Alex", "Moreau" + tag, null, null, null, null, null),
                null,
                LocalDate.of(2026, 3, 1),
                CoupleStatus.ACTIVE,
                counselor.accountId()));
        couples.createCouple(
                new NewCouple( // its row must not show under Moreau
                        new PartnerDetails("Jonas", "Berg" + tag, null, null, null, null, null),
                        new PartnerDetails("Noor", "Berg" + tag, null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 3, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()));
        for (AuditAction action : AuditAction.values()) {
            trail.recordRead(action, moreau.coupleId(), null);
        }
        // a partner's private channel is confidential: the admin's page shows none of its rows
        long shown = Arrays.stream(AuditAction.values())
                .filter(action -> !action.isConfidential())
                .count();

        AuditView view = navigate(AuditView.class);
        test(view.coupleName).setValue("Moreau" + tag);

        int rows = test(view.grid).size();
        assertThat(rows).isEqualTo(shown + 1); // and COUPLE_CREATED by the admin
        List<String> texts = new ArrayList<>();
        List<Grid.Column<AuditRecord>> columns = view.grid.getColumns();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns.size(); column++) {
                if (!columns.get(column).getKey().equals("outcome")) { // a badge component, its text is a key too
                    texts.add(test(view.grid).getCellText(row, column));
                }
            }
        }
        columns.forEach(column -> texts.add(column.getHeaderText()));
        couples.createCouple(
                new NewCouple( // its row must not show under Moreau
                        new PartnerDetails("Jonas", "Berg" + tag, null, null, null, null, null),
                        new PartnerDetails("Noor", "Berg" + tag, null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 3, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()));
        for (AuditAction action : AuditAction.values()) {
            texts.add(view.action.getItemLabelGenerator().apply(action));
        }
        assertThat(texts).noneMatch(text -> text.contains("!en:") || text.startsWith("audit."));
        assertThat(test(view.grid).getCellText(0, columns.indexOf(view.grid.getColumnByKey("couple"))))
                .isEqualTo(moreau.caseName());
    }

    @Test
    void shortColumnsSizeToTheirContentAndTheDetailTakesTheRest() {
        accounts.signInAs("admin-" + UUID.randomUUID() + "@test.dyad", "Admin", Role.ADMIN);
        AuditView view = navigate(AuditView.class);

        assertThat(view.grid.getColumns())
                .extracting(Grid.Column::getKey)
                .containsExactly("when", "user", "role", "action", "couple", "partner", "outcome", "detail");
        for (String key : List.of("when", "role", "action", "outcome")) {
            Grid.Column<AuditRecord> column = view.grid.getColumnByKey(key);
            assertThat(column.isAutoWidth()).as(key).isTrue();
            assertThat(column.getFlexGrow()).as(key).isZero();
        }
        for (String key : List.of("user", "couple", "partner")) {
            Grid.Column<AuditRecord> column = view.grid.getColumnByKey(key);
            assertThat(column.getWidth())
                    .as(key + ": rem, an em is smaller in the header")
                    .endsWith("rem");
            assertThat(column.getFlexGrow()).as(key).isZero();
        }
        assertThat(view.grid.getColumnByKey("detail").getFlexGrow()).isEqualTo(1);
        assertThat(view.grid.getColumns())
                .allSatisfy(column ->
                        assertThat(column.getHeaderText()).doesNotStartWith("!").isNotBlank());
    }
}
