package app.dyad.safety.ui;

import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Formats;
import app.dyad.identity.Role;
import app.dyad.safety.MyChannel;
import app.dyad.safety.MyReply;
import app.dyad.safety.MySentMessage;
import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateChannel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Talk to your counselor privately", phone first: who reads it and who never does, said first; a short message and
 * three wishes; whether to keep a copy here. Nothing is kept as a draft on purpose — a half-written message waiting on
 * the page is exactly what a partner glancing at the phone must not find. The address says nothing either.
 */
@Route("my/counselor")
@RolesAllowed(Role.CLIENT_NAME)
public class PrivateChannelView extends VerticalLayout implements HasDynamicTitle {

    private final PrivateChannel channel;
    final TextArea text = new TextArea();
    final Checkbox unsafeAtHome = new Checkbox();
    final Checkbox ownSession = new Checkbox();
    final Checkbox noEmail = new Checkbox();
    final Checkbox keepNoCopy = new Checkbox();
    final Button send = new Button();
    private final Paragraph sent = new Paragraph();
    /** The counselor's answers, above the form: what someone coming back is here for. */
    private final Div answers = new Div();
    /** The e-mail wish and the messages kept here, below the form. */
    private final Div below = new Div();

    private UUID commandId = UUID.randomUUID();

    public PrivateChannelView(PrivateChannel channel) {
        this.channel = channel;
        addClassNames("dyad-page", "dyad-my", "dyad-private-channel");
        MyChannel mine = channel.open();
        String counselor = mine.counselorName();

        Paragraph who = new Paragraph(getTranslation("safety.my.who", counselor));
        who.setId("private-who");
        Paragraph danger = new Paragraph(getTranslation("safety.my.danger"));
        danger.addClassName("dyad-muted");

        text.setLabel(getTranslation("safety.my.text", counselor));
        text.setMaxLength(NewPrivateMessage.MAX_LENGTH);
        text.setWidthFull();
        text.setMinRows(4);
        text.setId("private-text");
        unsafeAtHome.setLabel(getTranslation("safety.wish.unsafe"));
        unsafeAtHome.setId("wish-unsafe");
        ownSession.setLabel(getTranslation("safety.wish.own-session"));
        ownSession.setId("wish-own-session");
        noEmail.setLabel(getTranslation("safety.wish.no-email"));
        noEmail.setId("wish-no-email");
        keepNoCopy.setLabel(getTranslation("safety.my.keep-no-copy"));
        keepNoCopy.setHelperText(getTranslation("safety.my.keep-no-copy.help"));
        keepNoCopy.setId("keep-no-copy");
        send.setText(getTranslation("safety.my.send", counselor));
        send.setId("send-privately");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send(counselor));
        sent.setId("private-sent-now");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);

        Div wishes = new Div(unsafeAtHome, ownSession, noEmail);
        wishes.addClassName("dyad-stack");
        VerticalLayout form = new VerticalLayout(text, wishes, keepNoCopy, send);
        form.setPadding(false);
        form.addClassName("dyad-card-wide");
        add(who, danger, sent, answers, form, below);
        showBelow(mine);
    }

    private void send(String counselor) {
        FieldErrors.clear(text);
        try {
            channel.send(new NewPrivateMessage(
                    commandId,
                    text.getValue(),
                    unsafeAtHome.getValue(),
                    ownSession.getValue(),
                    noEmail.getValue(),
                    !keepNoCopy.getValue()));
            commandId = UUID.randomUUID();
            text.clear();
            unsafeAtHome.clear();
            ownSession.clear();
            noEmail.clear();
            keepNoCopy.clear();
            sent.setText(getTranslation("safety.sent-to", counselor));
            sent.setVisible(true);
            showBelow(channel.open());
        } catch (InvalidInputException invalid) {
            FieldErrors.show(this, invalid, Map.of("text", text));
        } finally {
            send.setEnabled(true);
        }
    }

    /** The counselor's answers still on this page, the messages kept here, and the e-mail wish. */
    private void showBelow(MyChannel mine) {
        answers.removeAll();
        below.removeAll();
        if (!mine.replies().isEmpty()) {
            answers.add(new H3(getTranslation("safety.my.answers", mine.counselorName())));
            mine.replies().forEach(reply -> answers.add(answer(reply)));
        }
        if (mine.mailHeld()) {
            Paragraph held = new Paragraph(getTranslation("safety.my.mail-held"));
            Button again = new Button(getTranslation("safety.my.mail-again"), click -> {
                channel.allowEmailAgain();
                showBelow(channel.open());
            });
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            again.setId("mail-again");
            Div hold = new Div(held, again);
            hold.addClassName("dyad-card-wide");
            hold.setId("mail-held");
            below.add(hold);
        }
        if (!mine.kept().isEmpty()) {
            below.add(new H3(getTranslation("safety.my.kept")));
            mine.kept().forEach(message -> below.add(kept(message, mine.counselorName())));
        }
    }

    private Component answer(MyReply reply) {
        Span when = new Span(Formats.dateTime(this, reply.sentAt()) + " · " + reply.counselorName());
        when.addClassName("dyad-muted");
        Paragraph body = new Paragraph(reply.text());
        body.addClassName("dyad-note-text");
        body.getElement().setAttribute("dir", "auto");
        Button remove = new Button(getTranslation("safety.my.remove"), click -> {
            channel.removeReply(reply.id());
            showBelow(channel.open());
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(when, body, remove);
        card.addClassNames("dyad-card-wide", "dyad-private-answer");
        return card;
    }

    private Component kept(MySentMessage message, String counselor) {
        Span when = new Span(Formats.dateTime(this, message.sentAt()) + " · "
                + getTranslation(message.acknowledged() ? "safety.my.seen" : "safety.sent-to", counselor));
        when.addClassName("dyad-muted");
        List<Component> parts = new ArrayList<>(List.of(when));
        if (!message.text().isBlank()) {
            Paragraph body = new Paragraph(message.text());
            body.addClassName("dyad-note-text");
            body.getElement().setAttribute("dir", "auto");
            parts.add(body);
        }
        wishes(message).forEach(wish -> parts.add(new Div(new Span("· " + wish))));
        Button remove = new Button(getTranslation("safety.my.remove"), click -> {
            channel.removeKept(message.id());
            showBelow(channel.open());
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        parts.add(remove);
        Div card = new Div(parts.toArray(Component[]::new));
        card.addClassName("dyad-card-wide");
        return card;
    }

    private List<String> wishes(MySentMessage message) {
        List<String> wishes = new ArrayList<>();
        if (message.unsafeAtHome()) {
            wishes.add(getTranslation("safety.wish.unsafe"));
        }
        if (message.wantsOwnSession()) {
            wishes.add(getTranslation("safety.wish.own-session"));
        }
        if (message.noEmail()) {
            wishes.add(getTranslation("safety.wish.no-email"));
        }
        return wishes;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.my.title");
    }
}
