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
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The clinic admin's view of the audit trail, filterable by user, couple (name or id), action, outcome and any
 * dates. The columns fit a 1280 px screen with the side menu open: short ones size to their content and do not
 * grow, names have a fixed width with the full text in a tooltip, and the detail takes what is left. Widths are
 * in rem, not em: a column's width is set on each cell, and the header's smaller font would make em columns
 * narrower in the header than in the body, so headers would stand beside the wrong values.
 */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.audit", order = 12, icon = "vaadin:clipboard-check")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField actor = new TextField();
    final TextField coupleName = new TextField();
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
        coupleName.setLabel(getTranslation("audit.couple-name"));
        coupleName.setPlaceholder(getTranslation("audit.couple-name-placeholder"));
        coupleName.setValueChangeMode(ValueChangeMode.LAZY);
        coupleName.setClearButtonVisible(true);
        coupleName.setId("audit-couple-name");
        couple.setLabel(getTranslation("audit.couple-id"));
        couple.setClearButtonVisible(true);
        couple.setId("audit-couple");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.stream(AuditAction.values())
                .filter(a -> !a.isConfidential())
                .toList());
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

        // Narrower bases than the shared 8.5rem keep seven filters on one line at 1280 px with the menu open.
        couple.getStyle().set("flex-basis", "5rem");
        from.getStyle().set("flex-basis", "7.5rem");
        to.getStyle().set("flex-basis", "7.5rem");
        FlexLayout filters = new FlexLayout(actor, coupleName, couple, action, outcome, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("dyad-filters");

        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Formats.dateTime(this, r.occurredAt()))
                .setHeader(getTranslation("audit.when"))
                .setTooltipGenerator(r -> Formats.moment(this, r.occurredAt()))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("when");
        grid.addColumn(r -> r.actorEmail() == null ? "—" : r.actorEmail())
                .setHeader(getTranslation("audit.user"))
                .setTooltipGenerator(this::userTooltip)
                .setWidth("10rem")
                .setFlexGrow(0)
                .setKey("user");
        grid.addColumn(r -> r.actorRole() == null ? "—" : getTranslation("role." + r.actorRole()))
                .setHeader(getTranslation("audit.role"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("role");
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name()))
                .setHeader(getTranslation("audit.action"))
                .setTooltipGenerator(
                        r -> getTranslation("audit.action." + r.action().name()))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("action");
        grid.addColumn(r -> named(r.coupleName(), r.coupleId()))
                .setHeader(getTranslation("audit.couple"))
                .setTooltipGenerator(r -> withId(r.coupleName(), r.coupleId()))
                .setWidth("8rem")
                .setFlexGrow(0)
                .setKey("couple");
        grid.addColumn(r -> named(r.partnerName(), r.partnerId()))
                .setHeader(getTranslation("audit.partner"))
                .setTooltipGenerator(r -> withId(r.partnerName(), r.partnerId()))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setKey("partner");
        grid.addComponentColumn(r -> outcomeBadge(r.outcome()))
                .setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("outcome");
        grid.addColumn(r -> r.detail() == null ? "" : r.detail())
                .setHeader(getTranslation("audit.detail"))
                .setTooltipGenerator(r -> r.detail() == null ? "" : r.detail())
                .setWidth("6rem")
                .setFlexGrow(1)
                .setKey("detail");
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setItemsPageable(pageable -> trail.find(query(), pageable), pageable -> trail.count(query()));
        grid.setEmptyStateText(getTranslation("audit.empty"));

        actor.addValueChangeListener(e -> refresh());
        coupleName.addValueChangeListener(e -> refresh());
        couple.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        add(filters, grid);
        expand(grid);
    }

    /** The full address and where the request came from: the IP has no column of its own at 1280 px. */
    private String userTooltip(AuditRecord row) {
        String who = row.actorEmail() == null ? "—" : row.actorEmail();
        return row.clientIp() == null ? who : getTranslation("audit.user-from", who, row.clientIp());
    }

    /** A couple's or partner's name, or its id if the name is gone (a deleted test row, say). */
    private static String named(@Nullable String name, @Nullable Long id) {
        if (name != null) {
            return name;
        }
        return id == null ? "" : "#" + id;
    }

    private static String withId(@Nullable String name, @Nullable Long id) {
        if (id == null) {
            return "";
        }
        return name == null ? "#" + id : name + " (#" + id + ")";
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
                coupleName.getValue(),
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
