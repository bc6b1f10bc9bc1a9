package app.dyad.couples.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.spi.CaseAlerts;
import app.dyad.couples.spi.ui.CaseAction;
import app.dyad.couples.spi.ui.CaseTab;
import app.dyad.identity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A couple's page for its counselor: both partners, the Overview, then the tabs other modules contribute. The open
 * tab is part of the address ({@code couples/42?tab=sessions}).
 */
@Route("couples")
@RolesAllowed(Role.COUNSELOR_NAME)
public class CoupleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String TAB_PARAMETER = "tab";
    static final String OVERVIEW = "overview";

    private final CoupleService service;
    private final ClinicCalendar calendar;
    private final CaseAlerts alerts;
    private final List<CaseTab> contributedTabs;
    private final List<CaseAction> contributedActions;
    private String title = "";
    private @Nullable Long shownCouple;
    private final Map<String, Tab> tabsByPath = new HashMap<>();
    private @Nullable TabSheet tabs;
    private boolean followingAddress;
    /** A tab chosen on this page is on its way to the address: the page stays, only the tab changes. */
    private boolean choosingTab;

    public CoupleView(
            CoupleService service,
            ClinicCalendar calendar,
            List<CaseTab> contributedTabs,
            List<CaseAction> contributedActions,
            CaseAlerts alerts) {
        this.service = service;
        this.alerts = alerts;
        this.calendar = calendar;
        this.contributedTabs = contributedTabs.stream()
                .sorted(Comparator.comparingInt(CaseTab::order))
                .toList();
        this.contributedActions = contributedActions.stream()
                .sorted(Comparator.comparingInt(CaseAction::order))
                .toList();
        addClassName("dyad-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long coupleId) {
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(TAB_PARAMETER)
                .orElse(OVERVIEW);
        boolean onlyTheTab = choosingTab && coupleId.equals(shownCouple) && tabs != null;
        choosingTab = false;
        if (onlyTheTab) {
            select(wanted);
            return;
        }
        removeAll();
        tabsByPath.clear();
        tabs = null;
        shownCouple = null;
        try {
            show(service.getCouple(coupleId), wanted);
            shownCouple = coupleId;
        } catch (CaseNotAvailableException notYours) {
            showNotAvailable();
        }
    }

    private void show(CoupleFile file, String wanted) {
        title = file.caseName();
        CaseState state = new CaseState(file);
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        tabsByPath.put(
                OVERVIEW,
                sheet.add(
                        getTranslation("couple.tab.overview"),
                        new TabBody(() -> new OverviewTab(service, state, calendar.today()))));
        contributedTabs.forEach(tab -> tabsByPath.put(
                tab.path(), sheet.add(getTranslation(tab.titleKey()), new TabBody(() -> tab.create(file.id())))));
        tabs = sheet;
        select(wanted);
        sheet.addSelectedChangeListener(change -> {
            buildSelected(sheet);
            if (!followingAddress) {
                openInAddress(file.id(), pathOf(change.getSelectedTab()));
            }
        });
        add(
                new CoupleHeader(
                        file,
                        alerts.urgent(List.of(file.id())).contains(file.id()),
                        contributedActions.stream()
                                .map(action -> action.create(file.id()))
                                .toList()),
                sheet);
        leaveOnlyTabsInTheTabList(sheet);
    }

    /**
     * The tab list's scroll box inside vaadin-tabs carries {@code tabindex="-1"}, which makes it a focusable child
     * of a {@code tablist} that may only hold tabs: axe's critical {@code aria-required-children} on every couple
     * page. The tabs themselves are focusable (roving tabindex), so the box needs no tabindex of its own.
     */
    private static void leaveOnlyTabsInTheTabList(TabSheet sheet) {
        sheet.getElement().executeJs("""
                        const tabs = this.querySelector('vaadin-tabs');
                        if (!tabs) {
                            return;
                        }
                        customElements.whenDefined('vaadin-tabs')
                            .then(() => tabs.updateComplete)
                            .then(() => {
                                const box = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part=tabs]');
                                if (box) {
                                    box.removeAttribute('tabindex');
                                }
                            });
                        """);
    }

    /** The tab named in the address; the Overview for a name that is not a tab. */
    private void select(String path) {
        if (tabs != null) {
            followingAddress = true;
            try {
                tabs.setSelectedTab(tabsByPath.getOrDefault(path, tabsByPath.get(OVERVIEW)));
                buildSelected(tabs);
            } finally {
                followingAddress = false;
            }
        }
    }

    /**
     * A tab's body is built when the tab is first opened, not with the page: TabSheet keeps every body attached
     * (hidden ones only disabled), so five bodies built up front held their grids, charts and data for the whole visit
     * though most visits open one or two tabs (README "Memory per signed-in user").
     */
    private static void buildSelected(TabSheet sheet) {
        if (sheet.getSelectedTab() != null && sheet.getComponent(sheet.getSelectedTab()) instanceof TabBody body) {
            body.build();
        }
    }

    /** Holds a tab's place until the tab is opened; then builds its content once. */
    static final class TabBody extends Div {

        private @Nullable SerializableSupplier<Component> content;

        TabBody(SerializableSupplier<Component> content) {
            this.content = content;
            setWidthFull();
        }

        void build() {
            SerializableSupplier<Component> make = content;
            if (make != null) {
                content = null;
                add(make.get());
            }
        }
    }

    private String pathOf(Tab tab) {
        return tabsByPath.entrySet().stream()
                .filter(entry -> entry.getValue() == tab)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(OVERVIEW);
    }

    /** A tab chosen by hand becomes an entry in the browser's history, so Back returns to the tab before. */
    private void openInAddress(long coupleId, String path) {
        QueryParameters query =
                OVERVIEW.equals(path) ? QueryParameters.empty() : QueryParameters.of(TAB_PARAMETER, path);
        choosingTab = true;
        getUI().ifPresent(ui -> ui.navigate(CoupleView.class, coupleId, query));
    }

    private void showNotAvailable() {
        title = getTranslation("couple.unavailable.title");
        VerticalLayout box = new VerticalLayout(
                new H2(getTranslation("couple.unavailable.title")),
                new Paragraph(getTranslation("couple.unavailable.text")),
                new Anchor("caseload", getTranslation("couple.back-to-caseload")));
        box.addClassName("dyad-empty-state");
        box.setAlignItems(Alignment.CENTER);
        box.setId("couple-unavailable");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
