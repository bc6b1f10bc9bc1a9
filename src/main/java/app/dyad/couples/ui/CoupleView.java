package app.dyad.couples.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.spi.ui.CaseTab;
import app.dyad.identity.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/** A couple's page for its counselor: both partners, the Overview, then the tabs other modules contribute. */
@Route("couples")
@RolesAllowed(Role.COUNSELOR_NAME)
public class CoupleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CoupleService service;
    private final ClinicCalendar calendar;
    private final List<CaseTab> contributedTabs;
    private String title = "";

    public CoupleView(CoupleService service, ClinicCalendar calendar, List<CaseTab> contributedTabs) {
        this.service = service;
        this.calendar = calendar;
        this.contributedTabs = contributedTabs.stream()
                .sorted(Comparator.comparingInt(CaseTab::order))
                .toList();
        addClassName("dyad-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long coupleId) {
        removeAll();
        try {
            show(service.getCouple(coupleId));
        } catch (CaseNotAvailableException notYours) {
            showNotAvailable();
        }
    }

    private void show(CoupleFile file) {
        title = file.caseName();
        CaseState state = new CaseState(file);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("couple.tab.overview"), new OverviewTab(service, state, calendar.today()));
        contributedTabs.forEach(tab -> tabs.add(getTranslation(tab.titleKey()), tab.create(file.id())));
        add(new CoupleHeader(file), tabs);
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
