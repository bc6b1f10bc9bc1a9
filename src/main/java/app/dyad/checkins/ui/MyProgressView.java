package app.dyad.checkins.ui;

import app.dyad.checkins.InstrumentProgress;
import app.dyad.checkins.MyCheckIns;
import app.dyad.identity.Role;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A partner's own trend per instrument, and their partner's beside it where the couple's rule allows. */
@Route("my/progress")
@RolesAllowed(Role.CLIENT_NAME)
public class MyProgressView extends VerticalLayout implements HasDynamicTitle {

    /** Set for the one navigation that follows a hand-in, in this browser tab's UI only. */
    private static final String HANDED_IN = MyProgressView.class.getName() + ".handedIn";

    public MyProgressView(MyCheckIns myCheckIns) {
        addClassNames("dyad-page", "dyad-my");
        add(new Anchor("my", getTranslation("my.exercise.back")), new H2(getTranslation("checkins.my.progress-title")));
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, HANDED_IN) != null) {
            ComponentUtil.setData(ui, HANDED_IN, null);
            Paragraph thanks = handedIn();
            add(thanks);
            // the long form left the page scrolled down: start this one where the thanks is
            thanks.scrollIntoView();
        }
        List<InstrumentProgress> progress =
                myCheckIns.progress(getTranslation("checkins.my.you"), getTranslation("checkins.my.partner"));
        boolean ownShown = progress.stream().anyMatch(p -> !p.one().points().isEmpty());
        boolean partnerShown = progress.stream().anyMatch(p -> !p.two().points().isEmpty());
        Paragraph who = new Paragraph(getTranslation(
                !ownShown
                        ? "checkins.my.nothing-yet"
                        : partnerShown ? "checkins.my.partner-shown" : "checkins.my.partner-hidden"));
        who.addClassName("dyad-muted");
        who.setId("progress-who");
        add(who);
        for (InstrumentProgress instrument : progress) {
            add(new InstrumentSection(instrument, false));
        }
    }

    /**
     * Opens this page after a check-in was handed in, thanking the partner on the page itself: it stays until they
     * leave, is read out (a status), and survives the navigation, which a notification opened in the same round trip
     * does not (vaadin/flow-components#7325).
     */
    static void showHandedIn(UI ui) {
        ComponentUtil.setData(ui, HANDED_IN, Boolean.TRUE);
        ui.navigate(MyProgressView.class);
    }

    private Paragraph handedIn() {
        Paragraph thanks = new Paragraph(getTranslation("checkins.form.submitted"));
        thanks.addClassName("dyad-handed-in");
        thanks.setId("progress-handed-in");
        thanks.getElement().setAttribute("role", "status");
        return thanks;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkins.my.progress-title");
    }
}
