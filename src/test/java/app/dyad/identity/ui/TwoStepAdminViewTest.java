package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.identity.TwoStepEnrolment;
import app.dyad.identity.TwoStepService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13 on the accounts page: who has two-step sign-in, the admin's reset with a reason, the clinic's rule. */
@DyadSpringTest
class TwoStepAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @AfterEach
    void ruleOffAgain() {
        // the other tests expect the demo's default; the test's admin is still signed in here
        if (accountAdmin.twoStepRequiredForStaff()) {
            accountAdmin.requireTwoStepForStaff(false);
        }
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void onlyARowWithTwoStepShowsTheMarkerAndTheResetAction() {
        SignedInUser with = counselor(true);
        SignedInUser without = counselor(false);

        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(with);
        assertThat(marker(grid))
                .get()
                .satisfies(marker -> assertThat(marker.getElement().getText()).isEqualTo("Two-step"));
        assertThat(action(grid, "reset-two-step"))
                .get()
                .satisfies(button -> assertThat(button.getElement().getAttribute("aria-label"))
                        .isEqualTo("Reset two-step sign-in of " + with.displayName()));

        grid = listShowing(without);
        assertThat(marker(grid)).isEmpty();
        assertThat(action(grid, "reset-two-step")).isEmpty();
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void anEmptyReasonIsShownByTheFieldAndResetsNothing() {
        SignedInUser rowan = counselor(true);
        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(rowan);
        test(action(grid, "reset-two-step").orElseThrow()).click();

        TwoStepResetDialog dialog = $(TwoStepResetDialog.class).single();
        assertThat(dialog.getHeaderTitle()).contains(rowan.displayName());
        test(dialog.reset).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo(dialog.getTranslation("validation.required"));
        assertThat(accountAdmin.withTwoStep(List.of(rowan.accountId()))).containsExactly(rowan.accountId());
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void aReasonResetsTheSecondStepTellsTheAdminAndTheRowLosesItsMarker() {
        SignedInUser rowan = counselor(true);
        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(rowan);
        test(action(grid, "reset-two-step").orElseThrow()).click();

        TwoStepResetDialog dialog = $(TwoStepResetDialog.class).single();
        test(dialog.reason).setValue("Lost phone");
        test(dialog.reset).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(accountAdmin.withTwoStep(List.of(rowan.accountId()))).isEmpty();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Two-step sign-in reset for " + rowan.displayName() + ". They have been told by e-mail.");
        assertThat(marker(grid)).isEmpty();
        assertThat(action(grid, "reset-two-step")).isEmpty();
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void theCheckboxSetsTheClinicsRule() {
        navigate(AdminUsersView.class);
        Checkbox rule = $(Checkbox.class).id("two-step-required-for-staff");
        assertThat(rule.getValue()).isFalse();
        assertThat(rule.getHelperText()).isEqualTo(rule.getTranslation("users.two-step.rule.helper"));

        test(rule).click();
        assertThat(accountAdmin.twoStepRequiredForStaff()).isTrue();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo(rule.getTranslation("users.two-step.rule.on"));

        test(rule).click();
        assertThat(accountAdmin.twoStepRequiredForStaff()).isFalse();
    }

    private SignedInUser counselor(boolean withTwoStep) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser person = accounts.ensure("two-step-" + tag + "@test.dyad", "Tova " + tag, Role.COUNSELOR);
        if (withTwoStep) {
            TwoStepEnrolment.setUpFor(person, twoStep, clock);
        }
        return person;
    }

    private GridTester<Grid<AccountSummary>, AccountSummary> listShowing(SignedInUser person) {
        AdminUsersView view = navigate(AdminUsersView.class);
        test(view.search).setValue(person.email());
        GridTester<Grid<AccountSummary>, AccountSummary> grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        return grid;
    }

    private static Optional<Component> marker(GridTester<Grid<AccountSummary>, AccountSummary> grid) {
        return grid.getCellComponent(0, "status")
                .getChildren()
                .filter(child -> child.getElement().getClassList().contains("dyad-two-step-marker"))
                .findFirst();
    }

    private static Optional<Button> action(GridTester<Grid<AccountSummary>, AccountSummary> grid, String name) {
        return grid.getCellComponent(0, "actions")
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.hasClassName("dyad-action-" + name))
                .findFirst();
    }
}
