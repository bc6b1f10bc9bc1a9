package app.dyad.sessions.ui;

import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.identity.Role;
import app.dyad.sessions.CoSignService;
import app.dyad.sessions.CoSignState;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;

/**
 * A supervisee's signed note as their supervisor reads it: read-only, with its signature and addenda, and while it
 * waits, "Co-sign…" (password re-entered) and "Return…" (with a comment). A second tab's action on what has changed
 * since is told so and the page reloads; nothing here reaches the couple's page or its other notes.
 */
@Route("co-sign/:sessionId(\\d+)")
@RolesAllowed(Role.COUNSELOR_NAME)
public class CoSignNoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoSignService coSign;
    private long sessionId;
    private String title = "";
    private Map<Long, String> partners = Map.of();

    public CoSignNoteView(CoSignService coSign) {
        this.coSign = coSign;
        addClassNames("dyad-page", "dyad-note-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElseThrow(CaseNotAvailableException::new);
        render();
    }

    private void render() {
        removeAll();
        CoSignService.SupervisedNote supervised = coSign.open(sessionId);
        SessionSummary s = supervised.session();
        WrittenNote note = supervised.note();
        partners = supervised.partnerNames();
        title = getTranslation("cosign.page-title", s.caseName(), SessionText.day(this, s.startsAt()));
        Div meta =
                new Div(new Span(SessionText.when(this, s.startsAt(), s.endsAt())), new Span(SessionText.how(this, s)));
        meta.addClassName("dyad-case-meta");
        add(new RouterLink(getTranslation("cosign.back-to-list"), CoSignListView.class), new H2(s.caseName()), meta);
        add(new H3(getTranslation("note.title-signed")), new SignedNoteText(note, this::sectionLabel));
        WrittenNote.CoSignature co = Objects.requireNonNull(note.coSignature());
        if (co.state() == CoSignState.AWAITING) {
            add(actions(co.version()));
        }
    }

    private HorizontalLayout actions(long version) {
        Button sign = new Button(
                getTranslation("cosign.sign"),
                click -> new SignDialog(
                                getTranslation("cosign.sign-title"),
                                getTranslation("cosign.sign-explanation"),
                                password -> acted(
                                        () -> coSign.coSign(sessionId, version, password),
                                        getTranslation("cosign.done")))
                        .open());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("co-sign");
        Button giveBack = new Button(
                getTranslation("cosign.return"),
                click -> new ReturnDialog(comment -> acted(
                                () -> coSign.returnNote(sessionId, version, comment),
                                getTranslation("cosign.returned")))
                        .open());
        giveBack.setId("co-sign-return");
        return new HorizontalLayout(sign, giveBack);
    }

    /**
     * Runs a co-signature action; a refusal about the password or the comment goes back to its dialog, while a
     * change made meanwhile (another tab, the counselor's answer) is said here and the page shows the note as it is.
     */
    private void acted(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflictException changed) {
            tell("cosign.changed-meanwhile");
        } catch (InvalidInputException refused) {
            if (refused.fieldErrors().containsKey("password")
                    || refused.fieldErrors().containsKey("comment")) {
                throw refused;
            }
            // already co-signed or returned in another tab: not something the dialog can correct
            refused.fieldErrors().values().forEach(m -> tell(m.key(), m.args()));
        }
        render();
    }

    private void tell(String key, Object... args) {
        Notification.show(getTranslation(key, args), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private String sectionLabel(String key) {
        return NoteTemplate.partnerOf(key)
                .map(id -> getTranslation("note.section.partner", partners.getOrDefault(id, "?")))
                .orElseGet(() -> getTranslation("note.section." + key));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
