package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.RowActions;
import app.dyad.base.ui.Tell;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountStatus;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.InvitationSent;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The buttons on an account's row: send the invitation again (before the first password), reset the password, reset
 * two-step sign-in (only for those who have it: a lost phone), and deactivate or reactivate. Those that end someone's
 * sessions or their open link ask first; a refusal is shown, and the list is refreshed after each.
 */
final class AccountRowActions {

    private final Component host;
    private final AccountAdminService accountAdmin;
    private final Runnable refresh;
    private final Consumer<InvitationSent> sent;

    AccountRowActions(
            Component host, AccountAdminService accountAdmin, Runnable refresh, Consumer<InvitationSent> sent) {
        this.host = host;
        this.accountAdmin = accountAdmin;
        this.refresh = refresh;
        this.sent = sent;
    }

    Component of(AccountSummary account, boolean twoStep) {
        String name = account.displayName();
        Button reset = RowActions.button(
                VaadinIcon.KEY,
                "reset-password",
                host.getTranslation("users.reset-password"),
                host.getTranslation("users.reset-password.for", name),
                click -> RowActions.confirm(
                        host.getTranslation("users.reset-password.confirm-title", name),
                        host.getTranslation("users.reset-password.confirm-text", name),
                        host.getTranslation("users.reset-password"),
                        host.getTranslation("action.cancel"),
                        () -> run(() -> sent.accept(accountAdmin.resetPassword(account.id())))));
        Button switchAccess = account.status() == AccountStatus.ACTIVE ? deactivate(account) : reactivate(account);
        List<Button> buttons = new ArrayList<>();
        if (twoStep) {
            // someone with two-step sign-in has a password, so never an invitation to send again
            buttons.addAll(List.of(reset, resetTwoStep(account)));
        } else if (!account.invitationCanBeResent()) {
            buttons.add(reset);
        }
        if (!buttons.isEmpty()) {
            return withSupervision(account, buttons, switchAccess);
        }
        Button resend = RowActions.button(
                VaadinIcon.ENVELOPE,
                "resend-invitation",
                host.getTranslation("users.resend"),
                host.getTranslation("users.resend.for", name),
                click -> RowActions.confirm(
                        host.getTranslation("users.resend.confirm-title", name),
                        host.getTranslation("users.resend.confirm-text", name),
                        host.getTranslation("users.resend"),
                        host.getTranslation("action.cancel"),
                        () -> run(() -> sent.accept(accountAdmin.resendInvitation(account.id())))));
        return withSupervision(account, new ArrayList<>(List.of(resend, reset)), switchAccess);
    }

    /** A counselor's row also opens their supervision settings (issue 15.3), just before the access switch. */
    private Component withSupervision(AccountSummary account, List<Button> buttons, Button switchAccess) {
        if (account.role() == Role.COUNSELOR) {
            buttons.add(RowActions.button(
                    VaadinIcon.DIPLOMA_SCROLL,
                    "supervision",
                    host.getTranslation("users.supervision"),
                    host.getTranslation("users.supervision.for", account.displayName()),
                    click -> new SupervisionDialog(accountAdmin, account, refresh).open()));
        }
        buttons.add(switchAccess);
        return RowActions.bar(buttons.toArray(Button[]::new));
    }

    private Button deactivate(AccountSummary account) {
        String name = account.displayName();
        return RowActions.button(
                VaadinIcon.BAN,
                "deactivate",
                host.getTranslation("users.deactivate"),
                host.getTranslation("users.deactivate.for", name),
                click -> RowActions.confirm(
                        host.getTranslation("users.deactivate.confirm-title", name),
                        host.getTranslation("users.deactivate.confirm-text", name),
                        host.getTranslation("users.deactivate"),
                        host.getTranslation("action.cancel"),
                        () -> run(() -> {
                            accountAdmin.deactivate(account.id());
                            Tell.done(host.getTranslation("users.deactivated", name));
                        })));
    }

    private Button resetTwoStep(AccountSummary account) {
        String name = account.displayName();
        return RowActions.button(
                VaadinIcon.MOBILE,
                "reset-two-step",
                host.getTranslation("users.two-step.reset"),
                host.getTranslation("users.two-step.reset.for", name),
                click -> new TwoStepResetDialog(accountAdmin, account, refresh).open());
    }

    private Button reactivate(AccountSummary account) {
        String name = account.displayName();
        return RowActions.button(
                VaadinIcon.CHECK_CIRCLE_O,
                "reactivate",
                host.getTranslation("users.reactivate"),
                host.getTranslation("users.reactivate.for", name),
                click -> run(() -> {
                    accountAdmin.reactivate(account.id());
                    Tell.done(host.getTranslation("users.reactivated", name));
                }));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            refused.fieldErrors()
                    .values()
                    .forEach(message -> Notification.show(
                                    host.getTranslation(message.key(), message.args()),
                                    6000,
                                    Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
        refresh.run();
    }
}
