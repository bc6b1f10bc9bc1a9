package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountStatus;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.InvitationService;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DyadSpringTest
class AdminUsersViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    TestAccounts accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    @Test
    @SignedInAs(Role.ADMIN)
    void adminCreatesACounselorWhoseInvitationGoesByMailAndTheAdminSeesOnlyWhereItWent() {
        AdminUsersView view = navigate(AdminUsersView.class);
        test($(Button.class).id("new-user")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        String email = "ines-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
        test(dialog.name).setValue("Ines Amari");
        test(dialog.email).setValue(email);
        test(dialog.role).selectItem(view.getTranslation("role.COUNSELOR"));
        test($(Button.class).id("create-user")).click();

        assertThat(accountAdmin.findAccountByEmail(email))
                .get()
                .satisfies(account -> assertThat(account.role()).isEqualTo(Role.COUNSELOR));
        assertThat($(TextField.class).withId("invitation-url").exists()).isFalse();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .startsWith("Invitation sent to i…@t…");
        String token = mailbox.token(email, "invitation");

        test(view.search).setValue(email);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Ines Amari");
        assertThat(test(view.grid).getCellComponent(0, "status").getElement().getTextRecursively())
                .contains("Invitation sent to i…@t…");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain(token).doesNotContain("/invitation/");
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void invalidInputIsShownNextToEachFieldAndNothingIsLost() {
        navigate(AdminUsersView.class);
        test($(Button.class).id("new-user")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        test(dialog.name).setValue("Half Filled");
        test(dialog.email).setValue("not-an-email");
        test($(Button.class).id("create-user")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo(dialog.getTranslation("validation.email"));
        assertThat(dialog.role.isInvalid()).isTrue();
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.name.getValue()).isEqualTo("Half Filled");
    }

    @Test
    @SignedInAs(Role.CLIENT)
    void aClientIsShownTheAccessDeniedPageInsteadOfAccounts() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(AdminUsersView.class).exists()).isFalse();
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void aCounselorIsShownTheAccessDeniedPageInsteadOfAccounts() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat($(AdminUsersView.class).exists()).isFalse();
    }

    /** A counselor to act on, and the admin's list showing only them. */
    private GridTester<Grid<AccountSummary>, AccountSummary> listShowing(SignedInUser person) {
        AdminUsersView view = navigate(AdminUsersView.class);
        test(view.search).setValue(person.email());
        GridTester<Grid<AccountSummary>, AccountSummary> grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        return grid;
    }

    private SignedInUser someCounselor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return accounts.ensure("row-" + tag + "@test.dyad", "Rowan " + tag, Role.COUNSELOR);
    }

    private static List<Button> buttons(Component cell) {
        return cell.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    private static Button action(GridTester<Grid<AccountSummary>, AccountSummary> grid, String name) {
        return buttons(grid.getCellComponent(0, "actions")).stream()
                .filter(b -> b.hasClassName("dyad-action-" + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible " + name + " button on the row"));
    }

    private AccountStatus statusOf(SignedInUser person) {
        return accountAdmin.findAccount(person.accountId()).orElseThrow().status();
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void everyRowActionIsAButtonOnTheRowNamingThePersonNotAMenu() {
        SignedInUser rowan = someCounselor();
        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(rowan);
        Component cell = grid.getCellComponent(0, "actions");
        assertThat(cell).isNotInstanceOf(MenuBar.class);
        assertThat(buttons(cell))
                .extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly(
                        cell.getTranslation("users.reset-password.for", rowan.displayName()),
                        cell.getTranslation("users.supervision.for", rowan.displayName()),
                        cell.getTranslation("users.deactivate.for", rowan.displayName()));
        assertThat(buttons(cell)).allSatisfy(b -> assertThat(b.isVisible()).isTrue());
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void theAdminNamesACounselorsSupervisorFromTheRowAndAFlaggedSupervisorOnly() {
        SignedInUser rowan = someCounselor();
        SignedInUser sage = someCounselor();
        test(action(listShowing(sage), "supervision")).click();
        SupervisionDialog sageDialog = $(SupervisionDialog.class).single();
        test(sageDialog.supervisor).click();
        test($(Button.class).id("supervision-save")).click();
        assertThat(accountAdmin.findAccount(sage.accountId()).orElseThrow().supervisor())
                .isTrue();

        test(action(listShowing(rowan), "supervision")).click();
        SupervisionDialog dialog = $(SupervisionDialog.class).last();
        assertThat(test(dialog.supervisedBy).getSuggestions())
                .as("only supervisors, never rowan themself")
                .contains(sage.displayName())
                .doesNotContain(rowan.displayName());
        test(dialog.supervisedBy).selectItem(sage.displayName());
        test($(Button.class).id("supervision-save")).click();
        assertThat(accountAdmin.findAccount(rowan.accountId()).orElseThrow().supervisorId())
                .isEqualTo(sage.accountId());
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void deactivatingAsksFirstAndCancellingChangesNothing() {
        SignedInUser rowan = someCounselor();
        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(rowan);
        test(action(grid, "deactivate")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getProperty("header")).contains(rowan.displayName());
        confirm.close();
        assertThat(statusOf(rowan)).isEqualTo(AccountStatus.ACTIVE);

        test(action(grid, "deactivate")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(statusOf(rowan)).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo(
                        grid.getCellComponent(0, "actions").getTranslation("users.deactivated", rowan.displayName()));
        assertThat(action(grid, "reactivate").isVisible()).isTrue();
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void resettingAPasswordAsksFirstThenMailsTheLinkAndShowsNone() {
        SignedInUser rowan = someCounselor();
        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(rowan);
        test(action(grid, "reset-password")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains(rowan.displayName());
        confirm.close();
        assertThat(mailbox.latestToken(rowan.email(), "invitation"))
                .as("no link issued after cancelling")
                .isEmpty();

        test(action(grid, "reset-password")).click();
        test($(ConfirmDialog.class).last()).confirm();
        String token = mailbox.token(rowan.email(), "invitation");
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .startsWith("Invitation sent to r…@t…");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain(token).doesNotContain("/invitation/");
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void resendingAnInvitationMailsANewLinkAndTheOldOneStopsWorking() {
        String email = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
        accountAdmin.createAccount(new NewAccount("Ivo Invitee", email, Role.CLIENT));
        String first = mailbox.token(email, "invitation");
        AdminUsersView view = navigate(AdminUsersView.class);
        test(view.search).setValue(email);
        GridTester<Grid<AccountSummary>, AccountSummary> grid = test(view.grid);

        test(action(grid, "resend-invitation")).click();
        test($(ConfirmDialog.class).last()).confirm();

        String second = mailbox.token(email, "invitation");
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.findInvitation(first)).isEmpty();
        assertThat(invitations.findInvitation(second)).isPresent();
        assertThat(PageText.of(UI.getCurrent())).doesNotContain(second);
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void anAccountWithAPasswordOffersNoResendOnlyAReset() {
        GridTester<Grid<AccountSummary>, AccountSummary> grid = listShowing(someCounselor());
        assertThat(buttons(grid.getCellComponent(0, "actions")))
                .noneMatch(b -> b.hasClassName("dyad-action-resend-invitation"));
    }
}
