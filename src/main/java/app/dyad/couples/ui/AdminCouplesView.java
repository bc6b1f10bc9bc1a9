package app.dyad.couples.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.base.ui.Formats;
import app.dyad.base.ui.RowActions;
import app.dyad.base.ui.Tell;
import app.dyad.couples.AdminCoupleRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.PartnerCorrections;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The clinic admin's list of all couples: open a case, correct a partner's details, reassign the counselor, pause,
 * close, reopen — each a button on the row.
 */
@Route("admin/couples")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.couples", order = 11, icon = "vaadin:family")
public class AdminCouplesView extends VerticalLayout implements HasDynamicTitle {

    private final CoupleAdminService service;
    private final PartnerCorrections corrections;
    final TextField search = new TextField();
    final Grid<AdminCoupleRow> grid = new Grid<>(AdminCoupleRow.class, false);

    public AdminCouplesView(CoupleAdminService service, PartnerCorrections corrections, ClinicCalendar calendar) {
        this.service = service;
        this.corrections = corrections;
        addClassName("dyad-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("couples.search"));
        search.setAriaLabel(getTranslation("couples.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("couple-search");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button create = new Button(
                getTranslation("couples.new"),
                VaadinIcon.PLUS.create(),
                click -> new NewCoupleDialog(service, calendar.today(), created -> {
                            grid.getDataProvider().refreshAll();
                            new InvitationsDialog(created).open();
                        })
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-couple");

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.addClassName("dyad-toolbar");

        grid.setId("couples");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AdminCoupleRow::caseName)
                .setKey("caseName")
                .setHeader(getTranslation("couples.case-name"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(this::partners)
                .setKey("partners")
                .setHeader(getTranslation("couples.partners"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        // two emails side by side would push status and start date off a 1280 px screen: cut, whole on hover
        grid.addColumn(AdminCoupleRow::contact)
                .setKey("contact")
                .setHeader(getTranslation("couples.contact"))
                .setTooltipGenerator(AdminCoupleRow::contact)
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(AdminCoupleRow::counselorName)
                .setKey("counselor")
                .setHeader(getTranslation("couples.counselor"))
                .setAutoWidth(true);
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
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("couples.actions-column"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemsPageable(
                pageable -> service.findCouples(search.getValue(), pageable),
                pageable -> service.countCouples(search.getValue()));
        grid.setEmptyStateText(getTranslation("couples.admin-empty"));

        add(toolbar, grid);
        expand(grid);
    }

    /** Each partner's name is the button that corrects their details: one click, on the row. */
    private Component partners(AdminCoupleRow row) {
        Div names = new Div(partnerButton(row, 1, row.partnerOne()), partnerButton(row, 2, row.partnerTwo()));
        names.addClassName("dyad-partner-buttons");
        // one name under the other keeps the column narrow; MainLayout's theme is not this view's to change
        names.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return names;
    }

    private Button partnerButton(AdminCoupleRow row, int position, String name) {
        Button button = new Button(name, VaadinIcon.EDIT.create(), click -> correct(row, position));
        button.setIconAfterText(true);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName("dyad-action-correct-partner");
        button.setTooltipText(getTranslation("couples.correct"));
        button.setAriaLabel(getTranslation("couples.correct.for", name));
        return button;
    }

    private void correct(AdminCoupleRow row, int position) {
        corrections.partnersOf(row.id()).stream()
                .filter(partner -> partner.position() == position)
                .findFirst()
                .ifPresent(partner -> new PartnerCorrectionDialog(
                                corrections,
                                row.id(),
                                partner,
                                corrected -> notify(getTranslation("couples.corrected", corrected.fullName())))
                        .open());
    }

    /** Reassign, pause, close and reopen as buttons on the row; pausing and closing ask first. */
    private Component actions(AdminCoupleRow row) {
        String name = row.caseName();
        List<Button> buttons = new ArrayList<>();
        buttons.add(RowActions.button(
                VaadinIcon.USER_CARD,
                "reassign",
                getTranslation("couples.reassign"),
                getTranslation("couples.reassign.for", name),
                click -> reassign(row)));
        if (row.status() == CoupleStatus.ACTIVE) {
            buttons.add(RowActions.button(
                    VaadinIcon.PAUSE,
                    "pause",
                    getTranslation("couples.pause"),
                    getTranslation("couples.pause.for", name),
                    click -> RowActions.confirm(
                            getTranslation("couples.pause.confirm-title", name),
                            getTranslation("couples.pause.confirm-text", name, row.counselorName()),
                            getTranslation("couples.pause"),
                            getTranslation("action.cancel"),
                            () -> changeStatus(row, CoupleStatus.PAUSED))));
        } else {
            buttons.add(RowActions.button(
                    VaadinIcon.PLAY,
                    "reopen",
                    getTranslation("couples.reopen"),
                    getTranslation("couples.reopen.for", name),
                    click -> changeStatus(row, CoupleStatus.ACTIVE)));
        }
        if (row.status() != CoupleStatus.CLOSED) {
            buttons.add(RowActions.button(
                    VaadinIcon.ARCHIVE,
                    "close",
                    getTranslation("couples.close"),
                    getTranslation("couples.close.for", name),
                    click -> RowActions.confirm(
                            getTranslation("couples.close.confirm-title", name),
                            getTranslation("couples.close.confirm-text", name, row.counselorName()),
                            getTranslation("couples.close"),
                            getTranslation("action.cancel"),
                            () -> changeStatus(row, CoupleStatus.CLOSED))));
        }
        return RowActions.bar(buttons.toArray(Button[]::new));
    }

    private void changeStatus(AdminCoupleRow row, CoupleStatus status) {
        if (conflictFree(() -> service.changeStatus(row.id(), row.version(), status))) {
            notify(getTranslation(
                    "couples.status-changed", row.caseName(), getTranslation("couples.status." + status.name())));
        }
    }

    private void reassign(AdminCoupleRow row) {
        new ReassignDialog(row, service.counselors(), counselor -> {
                    if (conflictFree(() -> service.reassignCounselor(row.id(), row.version(), counselor.id()))) {
                        notify(getTranslation("couples.reassigned", row.caseName(), counselor.displayName()));
                    }
                })
                .open();
    }

    /** Runs an admin action; if someone changed the case meanwhile, says so and shows the current state. */
    private boolean conflictFree(Runnable action) {
        try {
            action.run();
            return true;
        } catch (EditConflictException conflict) {
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("couples.changed-meanwhile"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void notify(String text) {
        grid.getDataProvider().refreshAll();
        Tell.done(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("couples.admin-title");
    }
}
