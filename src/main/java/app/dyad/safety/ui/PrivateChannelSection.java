package app.dyad.safety.ui;

import app.dyad.couples.spi.ui.ClientHomeSection;
import app.dyad.safety.MyChannel;
import app.dyad.safety.MyReply;
import app.dyad.safety.PrivateChannel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/**
 * On every partner's home, whatever they did: "Talk to your counselor privately". Afterwards it says no more than
 * "Sent to Maya Lind" (nothing when they chose to keep no copy), or that an answer waits — so a partner glancing at the
 * phone learns nothing, and the other partner's home looks the same whether or not anyone wrote.
 */
@SpringComponent
class PrivateChannelSection implements ClientHomeSection {

    private final PrivateChannel channel;

    PrivateChannelSection(PrivateChannel channel) {
        this.channel = channel;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create() {
        MyChannel mine = channel.open();
        VerticalLayout section = new VerticalLayout();
        section.addClassName("dyad-section");
        section.setId("my-private-channel");
        section.add(new H3(section.getTranslation("safety.home.title")));
        Paragraph who = new Paragraph(section.getTranslation("safety.home.who", mine.counselorName()));
        who.addClassName("dyad-muted");
        section.add(who);
        if (mine.replies().stream().anyMatch(MyReply::toAKeptMessage)) {
            Paragraph answered = new Paragraph(section.getTranslation("safety.home.answered", mine.counselorName()));
            answered.setId("private-answer-waiting");
            answered.addClassName("dyad-strong");
            section.add(answered);
        } else if (mine.sentBefore()) {
            Paragraph sent = new Paragraph(section.getTranslation("safety.sent-to", mine.counselorName()));
            sent.setId("private-sent");
            section.add(sent);
        }
        Button write = new Button(
                section.getTranslation("safety.home.write", mine.counselorName()),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(PrivateChannelView.class)));
        write.setId("write-privately");
        section.add(write);
        return Optional.of(section);
    }
}
