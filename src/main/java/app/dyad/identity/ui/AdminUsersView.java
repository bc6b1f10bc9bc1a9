package app.dyad.identity.ui;

import app.dyad.base.ui.Formats;
import app.dyad.base.ui.Tell;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.InvitationSent;
import app.dyad.identity.Role;
import app.dyad.mail.Delivery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clinic admin's list of accounts: search, create, deactivate, reactivate, reset password, send an invitation
 * again, reset two-step sign-in; above it, the clinic's rule on two-step sign-in for staff. Links go to the person by
 * mail; the admin sees only where the invitation mail stands.
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
    /** Which accounts on the pages shown have two-step sign-in set up (ids only). */
    private final Set<Long> withTwoStep = new HashSet<>();

    private final AccountRowActions rowActions;

    public AdminUsersView(AccountAdminService accountAdmin) {
        this.accountAdmin = accountAdmin;
        this.rowActions = new AccountRowActions(this, accountAdmin, this::refresh, this::sent);
        addClassName("dyad-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        search.addValueChangeListener(change -> refresh());

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
        add(toolbar, new StaffTwoStepRule(accountAdmin), grid);
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
        grid.addComponentColumn(a ->
                        AccountStatusBadge.of(this, a, invitationDeliveries.get(a.id()), withTwoStep.contains(a.id())))
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
        grid.addComponentColumn(a -> rowActions.of(a, withTwoStep.contains(a.id())))
                .setKey("actions")
                .setHeader(getTranslation("users.actions-column"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemsPageable(
                pageable -> withRowDetails(accountAdmin.findAccounts(search.getValue(), pageable)),
                pageable -> accountAdmin.countAccounts(search.getValue()));
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private void refresh() {
        invitationDeliveries.clear();
        withTwoStep.clear();
        grid.getDataProvider().refreshAll();
    }

    /**
     * A page of accounts, having asked once where the invitation mails of its invited people stand and once which of
     * its people have two-step sign-in.
     */
    private List<AccountSummary> withRowDetails(List<AccountSummary> page) {
        // added to, not replaced: the grid may fetch two pages before it draws either; a refresh starts afresh
        invitationDeliveries.putAll(accountAdmin.invitationDeliveries(page.stream()
                .filter(AccountSummary::invitationPending)
                .map(AccountSummary::id)
                .toList()));
        withTwoStep.addAll(
                accountAdmin.withTwoStep(page.stream().map(AccountSummary::id).toList()));
        return page;
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
