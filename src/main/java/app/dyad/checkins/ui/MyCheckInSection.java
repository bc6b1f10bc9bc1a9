package app.dyad.checkins.ui;

import app.dyad.checkins.MyCheckIn;
import app.dyad.checkins.MyCheckIns;
import app.dyad.couples.spi.ui.ClientHomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/** On the client's home: the check-in waiting for them, and a link to their progress once they have answered one. */
@SpringComponent
class MyCheckInSection implements ClientHomeSection {

    private final MyCheckIns myCheckIns;

    MyCheckInSection(MyCheckIns myCheckIns) {
        this.myCheckIns = myCheckIns;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public Optional<Component> create() {
        Optional<MyCheckIn> open = myCheckIns.open();
        boolean handedIn = myCheckIns.hasHandedIn();
        if (open.isEmpty() && !handedIn) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.addClassNames("dyad-section", "dyad-checkin-home");
        section.setId("my-checkin");
        section.add(new H3(section.getTranslation("checkins.my.title")));
        open.ifPresent(checkIn -> {
            section.add(new Paragraph(section.getTranslation(
                    checkIn.values().isEmpty() ? "checkins.my.waiting" : "checkins.my.continue",
                    checkIn.questionCount())));
            Button start = new Button(
                    section.getTranslation(checkIn.values().isEmpty() ? "checkins.my.start" : "checkins.my.resume"),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(MyCheckInView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-checkin");
            section.add(start);
        });
        if (handedIn) {
            Anchor progress = new Anchor("my/progress", section.getTranslation("checkins.my.progress"));
            progress.setId("my-progress-link");
            section.add(new Div(progress));
        }
        return Optional.of(section);
    }
}
