package app.dyad.sessions.ui;

import app.dyad.base.ui.Formats;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.Component;
import java.util.Objects;

/** The co-signature's state in one sentence, the same on the note page, the supervisor's page and the PDF. */
final class CoSignText {

    private CoSignText() {}

    static String state(Component page, WrittenNote.CoSignature co) {
        String supervisor = co.supervisorName();
        return switch (co.state()) {
            case AWAITING ->
                supervisor == null
                        ? page.getTranslation("cosign.state.awaiting-nobody")
                        : page.getTranslation("cosign.state.awaiting", supervisor);
            case RETURNED ->
                page.getTranslation(
                        "cosign.state.returned",
                        Objects.requireNonNullElse(co.returnedByName(), "?"),
                        Formats.dateTime(page, Objects.requireNonNull(co.returnedAt())),
                        Objects.requireNonNullElse(co.returnComment(), ""));
            case CO_SIGNED ->
                page.getTranslation(
                        "cosign.state.co-signed",
                        Objects.requireNonNullElse(co.coSignerName(), "?"),
                        Formats.dateTime(page, Objects.requireNonNull(co.coSignedAt())),
                        Formats.moment(page, Objects.requireNonNull(co.coSignedAt())));
        };
    }
}
