package app.dyad.safety.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.ui.FieldErrors;
import app.dyad.base.ui.Formats;
import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateMessageDetails;
import app.dyad.safety.PrivateMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;

/** One private message opened: its text, acknowledging it, the answers so far and a private answer to its sender. */
class PrivateMessagePanel extends Div {

    final TextArea reply = new TextArea();
    final Button acknowledge = new Button();
    final Button send = new Button();
    private final UUID commandId = UUID.randomUUID();

    PrivateMessagePanel(PrivateMessages messages, PrivateMessageDetails message, Runnable changed) {
        addClassNames("dyad-card-wide", "dyad-private-message");
        setId("private-message");
        String from = message.message().partnerName();
        add(new H3(getTranslation(
                "safety.panel.title",
                from,
                Formats.dateTime(this, message.message().sentAt()))));
        if (!message.text().isBlank()) {
            Paragraph text = new Paragraph(message.text());
            text.addClassName("dyad-note-text");
            text.setId("private-message-text");
            text.getElement().setAttribute("dir", "auto"); // an Arabic or Hebrew message reads right to left
            add(text);
        }
        if (message.message().unsafeAtHome()) {
            add(new Paragraph(getTranslation("safety.panel.unsafe", from)));
        }
        if (message.message().wantsOwnSession()) {
            add(new Paragraph(getTranslation("safety.panel.own-session", from)));
        }
        if (message.message().noEmail()) {
            add(new Paragraph(getTranslation("safety.panel.no-email", from)));
        }
        if (message.acknowledgedBy() != null) {
            Span done = new Span(getTranslation(
                    "safety.panel.acknowledged-by",
                    message.acknowledgedBy(),
                    Formats.dateTime(this, message.message().acknowledgedAt())));
            done.addClassName("dyad-muted");
            add(new Div(done));
        } else {
            acknowledge.setText(getTranslation("safety.panel.acknowledge"));
            acknowledge.setId("acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            acknowledge.setDisableOnClick(true);
            acknowledge.addClickListener(click -> {
                try {
                    messages.acknowledge(message.id(), message.message().version());
                } catch (EditConflictException meanwhile) {
                    // acknowledged or changed in another tab: showing it again tells what happened
                }
                changed.run();
            });
            add(new Div(acknowledge));
        }
        if (!message.replies().isEmpty()) {
            add(new H4(getTranslation("safety.panel.answers")));
            message.replies().forEach(line -> {
                Span when = new Span(Formats.dateTime(this, line.sentAt()) + " · " + line.counselorName()
                        + (line.removedBySender() ? " · " + getTranslation("safety.panel.removed", from) : ""));
                when.addClassName("dyad-muted");
                Paragraph text = new Paragraph(line.text());
                text.addClassName("dyad-note-text");
                text.getElement().setAttribute("dir", "auto");
                add(new Div(when, text));
            });
        }
        if (!message.message().senderKeeps()) {
            Paragraph noCopy = new Paragraph(getTranslation("safety.panel.no-copy", from));
            noCopy.setId("private-no-copy");
            noCopy.addClassName("dyad-muted");
            add(noCopy);
        }
        reply.setLabel(getTranslation("safety.panel.reply", from));
        reply.setHelperText(getTranslation("safety.panel.reply.help", from));
        reply.setMaxLength(NewPrivateMessage.MAX_LENGTH);
        reply.setWidthFull();
        reply.setId("private-reply");
        send.setText(getTranslation("safety.panel.send", from));
        send.setId("send-reply");
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            FieldErrors.clear(reply);
            try {
                messages.reply(message.id(), commandId, reply.getValue());
                changed.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("reply", reply));
                send.setEnabled(true);
            }
        });
        add(reply, send);
    }
}
