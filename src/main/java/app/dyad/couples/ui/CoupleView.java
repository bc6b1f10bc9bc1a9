package app.dyad.couples.ui;

import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.identity.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** A couple's page for its counselor: both partners, then Overview, Homework, Sessions and Progress. */
@Route("couples")
@RolesAllowed(Role.COUNSELOR_NAME)
public class CoupleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CoupleService service;
    private final Clock clock;
    private String title = "";

    public CoupleView(CoupleService service, Clock clock) {
        this.service = service;
        this.clock = clock;
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
        tabs.add(getTranslation("couple.tab.overview"), new OverviewTab(service, state, LocalDate.now(clock)));
        tabs.add(getTranslation("couple.tab.homework"), new EmptyTab(VaadinIcon.CLIPBOARD_TEXT, "couple.homework-empty"));
        tabs.add(getTranslation("couple.tab.sessions"), new EmptyTab(VaadinIcon.CALENDAR, "couple.sessions-empty"));
        tabs.add(getTranslation("couple.tab.progress"), new EmptyTab(VaadinIcon.CHART_LINE, "couple.progress-empty"));
        add(new CoupleHeader(file), tabs);
    }

    private void showNotAvailable() {
        title = getTranslation("couple.unavailable.title");
        VerticalLayout box = new VerticalLayout(new H2(getTranslation("couple.unavailable.title")),
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
