package app.dyad.couples.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.EditConflictException;
import app.dyad.couples.AdminCoupleRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The clinic admin's list of all couples: open a case, reassign its counselor, pause, close, reopen. */
@Route("admin/couples")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.couples", order = 11, icon = "vaadin:family")
public class AdminCouplesView extends VerticalLayout implements HasDynamicTitle {

    private final CoupleAdminService service;
    final TextField search = new TextField();
    final Grid<AdminCoupleRow> grid = new Grid<>(AdminCoupleRow.class, false);

    public AdminCouplesView(CoupleAdminService service, ClinicCalendar calendar) {
        this.service = service;
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

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        grid.setId("couples");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AdminCoupleRow::caseName)
                .setKey("caseName")
                .setHeader(getTranslation("couples.case-name"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> r.partnerOne() + ", " + r.partnerTwo())
                .setKey("partners")
                .setHeader(getTranslation("couples.partners"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(AdminCoupleRow::contact)
                .setKey("contact")
                .setHeader(getTranslation("couples.contact"))
                .setAutoWidth(true)
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
        grid.addColumn(r -> date.withLocale(getLocale()).format(r.since()))
                .setKey("startedOn")
                .setHeader(getTranslation("couples.since"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(
                pageable -> service.findCouples(search.getValue(), pageable),
                pageable -> service.countCouples(search.getValue()));
        grid.setEmptyStateText(getTranslation("couples.admin-empty"));

        add(toolbar, grid);
        expand(grid);
    }

    private Component actions(AdminCoupleRow row) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("couples.actions", row.caseName()));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("couples.reassign"), click -> reassign(row));
        for (CoupleStatus status : CoupleStatus.values()) {
            if (status != row.status()) {
                sub.addItem(getTranslation("couples.set-status." + status.name()), click -> {
                    if (!conflictFree(() -> service.changeStatus(row.id(), row.version(), status))) {
                        return;
                    }
                    notify(getTranslation(
                            "couples.status-changed",
                            row.caseName(),
                            getTranslation("couples.status." + status.name())));
                });
            }
        }
        return menu;
    }

    private void reassign(AdminCoupleRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("couples.reassign.title", row.caseName()));
        ComboBox<AccountSummary> counselor = new ComboBox<>(getTranslation("couples.counselor"));
        List<AccountSummary> counselors = service.counselors();
        counselor.setItems(counselors);
        counselor.setItemLabelGenerator(AccountSummary::displayName);
        // start from who counsels them now: the admin sees the current state and changes only what they mean to
        counselors.stream()
                .filter(candidate -> candidate.id() == row.counselorId())
                .findFirst()
                .ifPresent(counselor::setValue);
        counselor.setId("reassign-counselor");
        counselor.setWidthFull();
        dialog.add(counselor);
        Button save = new Button(getTranslation("couples.reassign.submit"), click -> {
            if (counselor.getValue() == null) {
                counselor.setErrorMessage(getTranslation("validation.required"));
                counselor.setInvalid(true);
                return;
            }
            dialog.close();
            if (!conflictFree(() -> service.reassignCounselor(
                    row.id(), row.version(), counselor.getValue().id()))) {
                return;
            }
            notify(getTranslation(
                    "couples.reassigned", row.caseName(), counselor.getValue().displayName()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reassign-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
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
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("couples.admin-title");
    }
}
