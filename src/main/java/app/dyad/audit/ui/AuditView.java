package app.dyad.audit.ui;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditOutcome;
import app.dyad.audit.AuditQuery;
import app.dyad.audit.AuditRecord;
import app.dyad.audit.AuditReview;
import app.dyad.base.ui.Formats;
import app.dyad.identity.Role;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The clinic admin's view of the audit trail, filterable by user, couple, action, outcome and any dates. */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.audit", order = 12, icon = "vaadin:clipboard-check")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField actor = new TextField();
    final IntegerField couple = new IntegerField();
    final Select<AuditAction> action = new Select<>();
    final Select<AuditOutcome> outcome = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);

    public AuditView(AuditReview trail) {
        addClassName("dyad-page");
        setSizeFull();

        actor.setLabel(getTranslation("audit.user"));
        actor.setPlaceholder(getTranslation("audit.user-placeholder"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setId("audit-user");
        couple.setLabel(getTranslation("audit.couple"));
        couple.setClearButtonVisible(true);
        couple.setId("audit-couple");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.any"));
        action.setItemLabelGenerator(
                a -> a == null ? getTranslation("audit.any") : getTranslation("audit.action." + a.name()));
        action.setId("audit-action");
        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setItems(AuditOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("audit.any"));
        outcome.setItemLabelGenerator(
                o -> o == null ? getTranslation("audit.any") : getTranslation("audit.outcome." + o.name()));
        outcome.setId("audit-outcome");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));

        FlexLayout filters = new FlexLayout(actor, couple, action, outcome, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("dyad-filters");

        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.dateTime(this, r.occurredAt()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.actorEmail() == null ? "—" : r.actorEmail())
                .setHeader(getTranslation("audit.user"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.actorRole() == null ? "—" : getTranslation("role." + r.actorRole()))
                .setHeader(getTranslation("audit.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.coupleId() == null ? "" : String.valueOf(r.coupleId()))
                .setHeader(getTranslation("audit.couple"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.partnerId() == null ? "" : String.valueOf(r.partnerId()))
                .setHeader(getTranslation("audit.partner"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> outcomeBadge(r.outcome()))
                .setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail())
                .setHeader(getTranslation("audit.detail"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.clientIp() == null ? "" : r.clientIp())
                .setHeader(getTranslation("audit.ip"))
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> trail.find(query(), pageable), pageable -> trail.count(query()));
        grid.setEmptyStateText(getTranslation("audit.empty"));

        actor.addValueChangeListener(e -> refresh());
        couple.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        add(filters, grid);
        expand(grid);
    }

    private Span outcomeBadge(AuditOutcome value) {
        Span badge = new Span(getTranslation("audit.outcome." + value.name()));
        badge.addClassNames(
                "dyad-status",
                switch (value) {
                    case SUCCESS -> "dyad-status-success";
                    case DENIED -> "dyad-status-error";
                    case FAILURE -> "dyad-status-neutral";
                });
        return badge;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private AuditQuery query() {
        return new AuditQuery(
                actor.getValue(),
                couple.getValue() == null ? null : couple.getValue().longValue(),
                action.getValue(),
                outcome.getValue(),
                from.getValue(),
                to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
