package app.dyad.identity.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.Formats;
import app.dyad.base.ui.RowActions;
import app.dyad.base.ui.Tell;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountStatus;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.InvitationSent;
import app.dyad.identity.Role;
import app.dyad.mail.Delivery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic admin's list of accounts: search, create, deactivate, reactivate, reset password, send an invitation
 * again. Links go to the person by mail; the admin sees only where the invitation mail stands.
 */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.users", order = 10, icon = "vaadin:users")
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdminService accountAdmin;
    final TextField search = new TextField();
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    /** Where the invitation mails of the invited people on the pages shown stand (a few small records). */
    private final Map<Long, Delivery> invitationDeliveries = new HashMap<>();

    public AdminUsersView(AccountAdminService accountAdmin) {
        this.accountAdmin = accountAdmin;
        addClassName("dyad-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button create = new Button(
                getTranslation("users.new"),
                VaadinIcon.PLUS.create(),
                click -> new NewAccountDialog(accountAdmin, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.addClassName("dyad-toolbar");

        configureGrid();
        add(toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::displayName)
                .setKey("displayName")
                .setHeader(getTranslation("users.name"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(AccountSummary::email)
                .setKey("email")
                .setHeader(getTranslation("users.email"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation("role." + a.role().name()))
                .setKey("role")
                .setHeader(getTranslation("users.role"))
                .setSortable(true)
                .setAutoWidth(true);
        // a fixed width: an invitation's delivery ("Invitation sent to a…@e…, 3 Dec 2026, 14:02") wraps in it
        // instead of pushing the last columns out of a 1280 px screen
        grid.addComponentColumn(this::statusBadge)
                .setKey("status")
                .setHeader(getTranslation("users.status"))
                .setSortable(true)
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(a -> a.lastSignInAt() == null
                        ? getTranslation("users.never")
                        : Formats.dateTime(this, a.lastSignInAt()))
                .setKey("lastSignInAt")
                .setHeader(getTranslation("users.last-sign-in"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("users.actions-column"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemsPageable(
                pageable -> withInvitationDeliveries(accountAdmin.findAccounts(search.getValue(), pageable)),
                pageable -> accountAdmin.countAccounts(search.getValue()));
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private void refresh() {
        invitationDeliveries.clear();
        grid.getDataProvider().refreshAll();
    }

    /** A page of accounts, having asked once where the invitation mails of its invited people stand. */
    private List<AccountSummary> withInvitationDeliveries(List<AccountSummary> page) {
        // added to, not replaced: the grid may fetch two pages before it draws either; a refresh starts afresh
        invitationDeliveries.putAll(accountAdmin.invitationDeliveries(page.stream()
                .filter(AccountSummary::invitationPending)
                .map(AccountSummary::id)
                .toList()));
        return page;
    }

    private Component statusBadge(AccountSummary account) {
        String text;
        String theme;
        if (account.status() == AccountStatus.DEACTIVATED) {
            text = getTranslation("users.status.deactivated");
            theme = "neutral";
        } else if (account.locked()) {
            text = getTranslation("users.status.locked");
            theme = "error";
        } else if (account.invitationPending()) {
            // before the first password: where the invitation mail stands, never its link
            Optional<Delivery> delivery = Optional.ofNullable(invitationDeliveries.get(account.id()));
            text = delivery.map(this::invitationDelivery).orElseGet(() -> getTranslation("users.status.invited"));
            theme = delivery.filter(Delivery::failed).isPresent() ? "error" : "info";
        } else {
            text = getTranslation("users.status.active");
            theme = "success";
        }
        Span badge = new Span(text);
        badge.addClassNames("dyad-status", "dyad-status-" + theme);
        if (account.invitationPending()) {
            badge.addClassName("dyad-status-wrap");
        }
        return badge;
    }

    /** "Invitation sent to a…@e…, 14:02", "Invitation queued" or "Invitation not delivered". */
    private String invitationDelivery(Delivery delivery) {
        if (delivery.sent()) {
            return getTranslation(
                    "users.invitation.sent", delivery.maskedRecipient(), Formats.dateTime(this, delivery.sentAt()));
        }
        return getTranslation(delivery.failed() ? "users.invitation.failed" : "users.invitation.queued");
    }

    /**
     * Reset password (or, before the first password, send the invitation again) and (de)activate as buttons on the
     * row; those that end someone's sessions or their open link ask first.
     */
    private Component actions(AccountSummary account) {
        String name = account.displayName();
        Button resend = RowActions.button(
                VaadinIcon.ENVELOPE,
                "resend-invitation",
                getTranslation("users.resend"),
                getTranslation("users.resend.for", name),
                click -> RowActions.confirm(
                        getTranslation("users.resend.confirm-title", name),
                        getTranslation("users.resend.confirm-text", name),
                        getTranslation("users.resend"),
                        getTranslation("action.cancel"),
                        () -> run(() -> sent(accountAdmin.resendInvitation(account.id())))));
        Button reset = RowActions.button(
                VaadinIcon.KEY,
                "reset-password",
                getTranslation("users.reset-password"),
                getTranslation("users.reset-password.for", name),
                click -> RowActions.confirm(
                        getTranslation("users.reset-password.confirm-title", name),
                        getTranslation("users.reset-password.confirm-text", name),
                        getTranslation("users.reset-password"),
                        getTranslation("action.cancel"),
                        () -> run(() -> sent(accountAdmin.resetPassword(account.id())))));
        Button switchAccess = account.status() == AccountStatus.ACTIVE
                ? RowActions.button(
                        VaadinIcon.BAN,
                        "deactivate",
                        getTranslation("users.deactivate"),
                        getTranslation("users.deactivate.for", name),
                        click -> RowActions.confirm(
                                getTranslation("users.deactivate.confirm-title", name),
                                getTranslation("users.deactivate.confirm-text", name),
                                getTranslation("users.deactivate"),
                                getTranslation("action.cancel"),
                                () -> run(() -> {
                                    accountAdmin.deactivate(account.id());
                                    Tell.done(getTranslation("users.deactivated", name));
                                })))
                : RowActions.button(
                        VaadinIcon.CHECK_CIRCLE_O,
                        "reactivate",
                        getTranslation("users.reactivate"),
                        getTranslation("users.reactivate.for", name),
                        click -> run(() -> {
                            accountAdmin.reactivate(account.id());
                            Tell.done(getTranslation("users.reactivated", name));
                        }));
        return account.invitationPending() && account.status() == AccountStatus.ACTIVE
                ? RowActions.bar(resend, reset, switchAccess)
                : RowActions.bar(reset, switchAccess);
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            refused.fieldErrors()
                    .values()
                    .forEach(message -> Notification.show(
                                    getTranslation(message.key(), message.args()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
        refresh();
    }

    private void created(InvitationSent sent) {
        refresh();
        // a new pending row carries a third action ("Resend invitation"): let the actions column grow to it
        grid.recalculateColumnWidths();
        sent(sent);
    }

    /** The link went to the person, not to the admin: say where (masked) and when. */
    private void sent(InvitationSent sent) {
        Tell.done(
                getTranslation("users.invitation.queued-to", sent.maskedEmail(), Formats.time(this, sent.queuedAt())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
