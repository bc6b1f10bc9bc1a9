package app.dyad.checkins.ui;

import app.dyad.checkins.InstrumentProgress;
import app.dyad.checkins.MyCheckIns;
import app.dyad.identity.Role;
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

    public MyProgressView(MyCheckIns myCheckIns) {
        addClassNames("dyad-page", "dyad-my");
        add(new Anchor("my", getTranslation("my.exercise.back")), new H2(getTranslation("checkins.my.progress-title")));
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

    @Override
    public String getPageTitle() {
        return getTranslation("checkins.my.progress-title");
    }
}
