package app.dyad.identity.ui;

import app.dyad.base.ui.Formats;
import app.dyad.identity.AccountStatus;
import app.dyad.identity.AccountSummary;
import app.dyad.mail.Delivery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * An account's status in the admin's list: deactivated, locked, active, or, before the first password, where the
 * invitation mail stands ("Invitation sent to a…@e…, 14:02", queued, not delivered) — never its link. Beside it, a
 * "Two-step" marker for those who have set up two-step sign-in, so the admin knows whose can be reset; a word, not
 * only an icon, so screen readers say it too.
 */
final class AccountStatusBadge {

    private AccountStatusBadge() {}

    static Component of(Component host, AccountSummary account, @Nullable Delivery invitation, boolean twoStep) {
        Component status = status(host, account, invitation);
        if (!twoStep) {
            return status;
        }
        Span marker = new Span(host.getTranslation("users.two-step.marker"));
        marker.addClassNames("dyad-status", "dyad-status-neutral", "dyad-two-step-marker");
        marker.setTitle(host.getTranslation("users.two-step.marker-title"));
        Span both = new Span(status, marker);
        both.addClassName("dyad-status-group");
        return both;
    }

    private static Component status(Component host, AccountSummary account, @Nullable Delivery invitation) {
        String text;
        String theme;
        if (account.status() == AccountStatus.DEACTIVATED) {
            text = host.getTranslation("users.status.deactivated");
            theme = "neutral";
        } else if (account.locked()) {
            text = host.getTranslation("users.status.locked");
            theme = "error";
        } else if (account.invitationPending()) {
            text = invitation == null ? host.getTranslation("users.status.invited") : delivery(host, invitation);
            theme = invitation != null && invitation.failed() ? "error" : "info";
        } else {
            text = host.getTranslation("users.status.active");
            theme = "success";
        }
        Span badge = new Span(text);
        badge.addClassNames("dyad-status", "dyad-status-" + theme);
        if (account.invitationPending()) {
            badge.addClassName("dyad-status-wrap");
        }
        return badge;
    }

    private static String delivery(Component host, Delivery invitation) {
        if (invitation.sent()) {
            return host.getTranslation(
                    "users.invitation.sent", invitation.maskedRecipient(), Formats.dateTime(host, invitation.sentAt()));
        }
        return host.getTranslation(invitation.failed() ? "users.invitation.failed" : "users.invitation.queued");
    }
}
