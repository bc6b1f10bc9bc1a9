package app.dyad.records;

import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.MyAppointments;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.SessionDate;
import app.dyad.sessions.SessionSummary;
import app.dyad.sessions.SessionWithNote;
import app.dyad.sessions.WrittenNote;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Sessions, 50 at a time. A partner's record lists the dates of the sessions they were part of, and never a note:
 * psychotherapy notes are outside the right of access. The counselor's full record has every session with its note,
 * signature (SHA-256) and addenda.
 */
@Component
class SessionsSection implements RecordSection {

    static final int PAGE = 50;

    private final MyAppointments myAppointments;
    private final AppointmentService appointments;
    private final NoteService notes;

    SessionsSection(MyAppointments myAppointments, AppointmentService appointments, NoteService notes) {
        this.myAppointments = myAppointments;
        this.appointments = appointments;
        this.notes = notes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String key() {
        return "sessions";
    }

    @Override
    public String headingKey() {
        return "records.section.sessions";
    }

    @Override
    public boolean includedIn(RecordScope scope) {
        return true;
    }

    @Override
    public void write(RecordScope scope, RecordWriter out) {
        for (int page = 0; ; page++) {
            PageRequest request = PageRequest.of(page, PAGE);
            int size;
            if (scope.everything()) {
                List<SessionWithNote> sessions = notes.sessionsWithNotes(scope.coupleId(), request);
                sessions.forEach(s -> withNote(s, scope, out));
                size = sessions.size();
            } else {
                List<SessionDate> dates = scope.partnersOwn()
                        ? myAppointments.datesForMyRecord(request)
                        : appointments.datesForRecord(scope.coupleId(), scope.readerPartnerId(), request);
                dates.forEach(d -> date(d, out));
                size = dates.size();
            }
            if (size < PAGE) {
                return;
            }
        }
    }

    private static void date(SessionDate session, RecordWriter out) {
        out.beginEntry();
        out.number("sessionId", "records.field.session-id", session.id());
        out.moment("startsAt", "records.field.starts-at", session.startsAt());
        out.moment("endsAt", "records.field.ends-at", session.endsAt());
        out.choice("format", "records.field.format", session.format(), "session.format.");
        out.choice("status", "records.field.status", session.status(), "session.status.");
        out.choice(
                "attendance",
                "records.field.attendance",
                session.individual() ? Attendance.INDIVIDUAL : Attendance.JOINT,
                "records.attendance.");
        out.endEntry();
    }

    private static void withNote(SessionWithNote row, RecordScope scope, RecordWriter out) {
        SessionSummary session = row.session();
        out.beginEntry();
        out.number("sessionId", "records.field.session-id", session.id());
        out.moment("startsAt", "records.field.starts-at", session.startsAt());
        out.moment("endsAt", "records.field.ends-at", session.endsAt());
        out.choice("format", "records.field.format", session.format(), "session.format.");
        out.text("place", "records.field.place", session.place());
        out.choice("status", "records.field.status", session.status(), "session.status.");
        out.choice(
                "attendance",
                "records.field.attendance",
                session.attendeePartnerId() == null ? Attendance.JOINT : Attendance.INDIVIDUAL,
                "records.attendance.");
        out.text("attendee", "records.field.attendee", scope.nameOf(session.attendeePartnerId()));
        out.choice("cancelledBy", "records.field.cancelled-by", session.cancelledBy(), "session.cancelled-by.");
        out.longText("cancelReason", "records.field.cancel-reason", session.cancelReason());
        WrittenNote note = row.note();
        if (note != null) {
            note(note, out);
        }
        out.endEntry();
    }

    private static void note(WrittenNote note, RecordWriter out) {
        out.beginGroup("note", "records.field.note");
        out.choice("template", "records.field.template", note.template(), "note.template.");
        out.moment("savedAt", "records.field.saved-at", note.savedAt());
        out.beginList("sections", "records.field.note-sections");
        note.sections().forEach((key, text) -> {
            out.beginEntry();
            out.text("section", "records.field.note-section", key);
            out.longText("text", "records.field.note-text", text);
            out.endEntry();
        });
        out.endList();
        WrittenNote.Signature signature = note.signature();
        if (signature != null) {
            out.text("signedBy", "records.field.signed-by", signature.signerName());
            out.moment("signedAt", "records.field.signed-at", signature.signedAt());
            out.text("sha256", "records.field.sha256", signature.sha256());
            out.choice(
                    "integrity",
                    "records.field.integrity",
                    signature.intact() ? Integrity.INTACT : Integrity.CHANGED,
                    "records.integrity.");
        }
        coSignature(note.coSignature(), out);
        out.beginList("addenda", "records.field.addenda");
        for (WrittenNote.Addendum addendum : note.addenda()) {
            out.beginEntry();
            out.longText("text", "records.field.addendum", addendum.text());
            out.text("signedBy", "records.field.signed-by", addendum.authorName());
            out.moment("signedAt", "records.field.signed-at", addendum.signedAt());
            out.text("sha256", "records.field.sha256", addendum.sha256());
            out.choice(
                    "integrity",
                    "records.field.integrity",
                    addendum.intact() ? Integrity.INTACT : Integrity.CHANGED,
                    "records.integrity.");
            out.endEntry();
        }
        out.endList();
        out.endGroup();
    }

    /** The supervisor's co-signature, for a note that needs one: its state, and once co-signed who, when and the hash. */
    private static void coSignature(WrittenNote.@Nullable CoSignature co, RecordWriter out) {
        if (co == null) {
            return;
        }
        out.beginGroup("coSignature", "records.field.co-signature");
        out.choice("state", "records.field.co-sign-state", co.state(), "records.co-sign-state.");
        out.text("supervisor", "records.field.supervisor", co.supervisorName());
        out.text("coSignedBy", "records.field.co-signed-by", co.coSignerName());
        out.moment("coSignedAt", "records.field.co-signed-at", co.coSignedAt());
        if (co.sha256() != null) {
            out.text("sha256", "records.field.sha256", co.sha256());
            out.number("addendaCovered", "records.field.addenda-covered", co.addendaCovered());
            out.choice(
                    "integrity",
                    "records.field.integrity",
                    co.intact() ? Integrity.INTACT : Integrity.CHANGED,
                    "records.integrity.");
        }
        out.text("returnedBy", "records.field.returned-by", co.returnedByName());
        out.moment("returnedAt", "records.field.returned-at", co.returnedAt());
        out.longText("returnComment", "records.field.return-comment", co.returnComment());
        out.endGroup();
    }

    /** Whether both partners came, or one alone. */
    enum Attendance {
        JOINT,
        INDIVIDUAL
    }

    /** Whether the stored text still matches its signature. */
    enum Integrity {
        INTACT,
        CHANGED
    }
}
