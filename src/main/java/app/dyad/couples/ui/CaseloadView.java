package app.dyad.couples.ui;

import app.dyad.base.ui.Formats;
import app.dyad.base.ui.MenuCovers;
import app.dyad.couples.CaseloadFilter;
import app.dyad.couples.CaseloadRow;
import app.dyad.couples.CoupleService;
import app.dyad.couples.CoupleStatus;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The counselor's home: their couples only, searchable by any partner's name, filterable by status. */
@Route("caseload")
@MenuCovers("couples")
@RolesAllowed(Role.COUNSELOR_NAME)
@Menu(title = "menu.caseload", order = 20, icon = "vaadin:group")
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<CoupleStatus> status = new Select<>();
    final Grid<CaseloadRow> grid = new Grid<>(CaseloadRow.class, false);

    public CaseloadView(CoupleService service) {
        addClassName("dyad-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("caseload.search"));
        search.setAriaLabel(getTranslation("caseload.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("caseload-search");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        status.setAriaLabel(getTranslation("couples.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("caseload.all-statuses"));
        status.setItems(CoupleStatus.values());
        status.setItemLabelGenerator(s ->
                s == null ? getTranslation("caseload.all-statuses") : getTranslation("couples.status." + s.name()));
        status.setId("caseload-status");
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(search, status);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.addClassName("dyad-toolbar");

        grid.setId("caseload");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::caseName)
                .setKey("caseName")
                .setHeader(getTranslation("couples.case-name"))
                .setSortProperty("caseName")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> r.partnerOne() + " · " + r.partnerTwo())
                .setKey("partners")
                .setHeader(getTranslation("couples.partners"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addComponentColumn(r -> StatusBadge.of(r.status()))
                .setKey("status")
                .setHeader(getTranslation("couples.status"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(this, r.since()))
                .setKey("startedOn")
                .setHeader(getTranslation("couples.since"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.nextSession() == null ? "—" : Formats.dateTime(this, r.nextSession()))
                .setKey("nextSession")
                .setHeader(getTranslation("caseload.next-session"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::homework)
                .setKey("homework")
                .setHeader(getTranslation("caseload.homework"))
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> service.findCaseload(filter(), pageable), pageable -> service.countCaseload(filter()));
        grid.setEmptyStateText(getTranslation("caseload.empty"));
        grid.addItemClickListener(click ->
                getUI().ifPresent(ui -> ui.navigate("couples/" + click.getItem().id())));

        add(toolbar, grid);
        expand(grid);
    }

    /** The case's name, and first of all a red flag when a partner's private message waits to be acknowledged. */
    private Component caseName(CaseloadRow row) {
        Span name = new Span(row.caseName());
        if (!row.urgent()) {
            return name;
        }
        Span flag = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("caseload.urgent")));
        flag.addClassNames("dyad-status", "dyad-status-error", "dyad-urgent");
        flag.getElement().setAttribute("title", getTranslation("caseload.urgent.help"));
        Div both = new Div(flag, name);
        both.addClassName("dyad-actions");
        return both;
    }

    private Component homework(CaseloadRow row) {
        if (row.homework().open() == 0) {
            return new Span("—");
        }
        Span open =
                new Span(getTranslation("caseload.homework-open", row.homework().open()));
        if (row.homework().overdue() == 0) {
            return open;
        }
        Span overdue = new Span(
                getTranslation("caseload.homework-overdue", row.homework().overdue()));
        overdue.addClassNames("dyad-status", "dyad-status-error");
        Div both = new Div(open, overdue);
        both.addClassName("dyad-actions");
        return both;
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(search.getValue(), status.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title");
    }
}
