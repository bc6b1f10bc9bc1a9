package app.dyad.sessions.ui;

import app.dyad.base.ClinicCalendar;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.couples.CouplePartners;
import app.dyad.couples.spi.CaseAlerts;
import app.dyad.exercises.ui.HomeworkActions;
import app.dyad.identity.Role;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionPreparation;
import app.dyad.sessions.SessionStatus;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.WrittenNote;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * A session's page for its counselor: the session, the pre-session digest and homework review, and the note —
 * a draft that autosaves, or once signed, the final text with its addenda and PDF.
 */
@Route("sessions/:sessionId(\\d+)/note")
@RolesAllowed(Role.COUNSELOR_NAME)
public class SessionNoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NoteService notes;
    private final HomeworkActions homework;
    private final ClinicCalendar calendar;
    private final CounselorCheckIns checkIns;
    private final CaseAlerts alerts;
    private long sessionId;
    private String title = "";
    private CouplePartners partners = new CouplePartners(0, 0, "", 0, "");

    public SessionNoteView(
            NoteService notes,
            HomeworkActions homework,
            ClinicCalendar calendar,
            CounselorCheckIns checkIns,
            CaseAlerts alerts) {
        this.notes = notes;
        this.alerts = alerts;
        this.homework = homework;
        this.calendar = calendar;
        this.checkIns = checkIns;
        addClassNames("dyad-page", "dyad-note-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong("sessionId").orElseThrow(CaseNotAvailableException::new);
        render();
    }

    private void render() {
        removeAll();
        SessionPreparation prep = notes.prepare(sessionId);
        WrittenNote note = notes.open(sessionId);
        SessionSummary s = prep.session();
        partners = prep.partners();
        title = getTranslation("note.page-title", s.caseName(), SessionText.day(this, s.startsAt()));
        Div meta = new Div(
                new Span(SessionText.when(this, s.startsAt(), s.endsAt())),
                SessionText.status(this, s.status()),
                new Span(SessionText.how(this, s)));
        meta.addClassName("dyad-case-meta");
        add(
                new Anchor("couples/" + s.coupleId(), getTranslation("note.back-to-couple", s.caseName())),
                new H2(s.caseName()),
                meta);

        LocalDate today = calendar.today();
        Details preparation = new Details(getTranslation("prep.summary"));
        if (alerts.urgent(List.of(s.coupleId())).contains(s.coupleId())) {
            // before anything else about this session: a partner wrote privately and it is not acknowledged yet
            Anchor flag = new Anchor("couples/" + s.coupleId() + "?tab=private", getTranslation("prep.urgent"));
            flag.setId("prep-urgent");
            flag.addClassNames("dyad-status", "dyad-status-error", "dyad-urgent");
            preparation.add(flag);
        }
        preparation.add(new PreparationPanel(
                prep,
                homework,
                today,
                checkIns.beforeSession(s.coupleId(), s.startsAt(), prep.previousSessionStart())));
        preparation.setOpened(!note.isSigned());
        preparation.setWidthFull();
        preparation.addClassName("dyad-section");
        add(preparation);

        H3 noteTitle = new H3(getTranslation(note.isSigned() ? "note.title-signed" : "note.title-draft"));
        add(noteTitle);
        if (note.isSigned()) {
            add(new SignedNotePanel(
                    notes, note, this::sectionLabel, new NotePdf(this, this::sectionLabel), changed -> render()));
        } else {
            boolean signable =
                    s.status() != SessionStatus.CANCELLED && !s.startsAt().isAfter(calendar.now());
            add(new NoteEditor(
                    notes,
                    homework,
                    calendar,
                    s.coupleId(),
                    note,
                    signable,
                    this::sectionLabel,
                    signed -> render(),
                    this::signedElsewhere));
        }
    }

    /** The note was signed in another tab: show it signed, with what this page had not saved ready as an addendum. */
    private void signedElsewhere(String unsaved) {
        render();
        getChildren()
                .filter(SignedNotePanel.class::isInstance)
                .map(SignedNotePanel.class::cast)
                .findFirst()
                .ifPresent(panel -> panel.addendum.setValue(unsaved));
        Notification.show(getTranslation("note.signed-elsewhere"), 10_000, Notification.Position.MIDDLE);
    }

    /** "Data", "Plan"…, or for a partner's observation section "Observation: Alex". */
    String sectionLabel(String key) {
        return NoteTemplate.partnerOf(key)
                .map(id -> getTranslation("note.section.partner", partners.contains(id) ? partners.nameOf(id) : "?"))
                .orElseGet(() -> getTranslation("note.section." + key));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
