package app.dyad.sessions;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.CommandReceipts;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.exercises.HomeworkService;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.MyAccountService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session notes: drafts that autosave without ever overwriting a newer version, signing (password re-entered,
 * SHA-256 of the signed text), signed addenda, and the preparation shown with the note. Only the couple's current
 * counselor reads a note — never a client, never an admin — and every read is audited.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class NoteService {

    private final NoteRepository notes;
    private final CounsellingSessionRepository sessionRows;
    private final AddendumRepository addenda;
    private final AppointmentService sessions;
    private final CaseAccess access;
    private final HomeworkService homework;
    private final MyAccountService myAccount;
    private final WrittenNotes notesAsWritten;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final ClinicCalendar calendar;
    private final TransactionTemplate transactions;
    private final CommandReceipts receipts;
    private final CoSignatureRepository coSignatures;

    NoteService(
            NoteRepository notes,
            CounsellingSessionRepository sessionRows,
            AddendumRepository addenda,
            AppointmentService sessions,
            CaseAccess access,
            HomeworkService homework,
            MyAccountService myAccount,
            WrittenNotes notesAsWritten,
            AuditTrail audit,
            CurrentUser currentUser,
            JsonMapper json,
            Clock clock,
            ClinicCalendar calendar,
            TransactionTemplate transactions,
            CommandReceipts receipts,
            CoSignatureRepository coSignatures) {
        this.notes = notes;
        this.sessionRows = sessionRows;
        this.addenda = addenda;
        this.sessions = sessions;
        this.access = access;
        this.homework = homework;
        this.myAccount = myAccount;
        this.notesAsWritten = notesAsWritten;
        this.audit = audit;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.calendar = calendar;
        this.transactions = transactions;
        this.receipts = receipts;
        this.coSignatures = coSignatures;
    }

    /** The session's note (or an empty Couples DAP draft if none is written yet), with its addenda. Audited. */
    @Transactional(readOnly = true)
    public WrittenNote open(long sessionId) {
        CounsellingSession session = sessions.counselorsSession(sessionId, AuditAction.NOTE_READ);
        WrittenNote view = notes.findBySessionId(sessionId)
                .map(notesAsWritten::view)
                .orElseGet(() -> blank(session, NoteTemplate.COUPLES_DAP));
        audit.recordRead(AuditAction.NOTE_READ, session.coupleId(), session.attendeePartnerId());
        return view;
    }

    /** The empty sections of a template for this session, to start a note in another template. */
    @Transactional(readOnly = true)
    public WrittenNote emptyDraft(long sessionId, NoteTemplate template) {
        return blank(sessions.counselorsSession(sessionId, AuditAction.NOTE_READ), template);
    }

    /** Saves the draft, refusing it if the note was saved (e.g. in another tab) since the caller's version. */
    @Transactional
    public WrittenNote saveDraft(long sessionId, NoteDraft draft) {
        CounsellingSession session = sessions.counselorsSession(sessionId, AuditAction.NOTE_SAVED);
        SessionNote note = write(session, draft);
        audit.recordChange(AuditAction.NOTE_SAVED, session.coupleId(), session.attendeePartnerId(), null);
        return notesAsWritten.view(note);
    }

    /**
     * Saves this final text and signs it: the caller re-enters their password; the note records signer, time (UTC)
     * and the SHA-256 of what was signed, and is final from then on. The password is checked before the transaction
     * (see {@link MyAccountService}).
     */
    @Transactional(propagation = Propagation.NEVER)
    public WrittenNote sign(long sessionId, NoteDraft finalText, String password) {
        myAccount.confirmOwnPassword(password, "password");
        return Objects.requireNonNull(transactions.execute(status -> signConfirmed(sessionId, finalText)));
    }

    private WrittenNote signConfirmed(long sessionId, NoteDraft finalText) {
        CounsellingSession session = sessions.counselorsSession(sessionId, AuditAction.NOTE_SIGNED);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (session.status() == SessionStatus.CANCELLED) {
            throw InvalidInputException.of("note", "note.session-cancelled");
        }
        if (session.startsAt().isAfter(now)) {
            throw InvalidInputException.of("note", "note.sign-not-yet");
        }
        SessionNote note = write(session, finalText);
        Map<String, String> signed = notesAsWritten.sections(note);
        if (signed.values().stream().allMatch(String::isBlank)) {
            throw InvalidInputException.of("note", "note.sign-empty");
        }
        if (session.status() == SessionStatus.SCHEDULED) {
            session.changeStatus(SessionStatus.COMPLETED); // a signed session took place
            sessionRows.flush(); // before the signature: from then on the database refuses changes to the session
        }
        long signer = currentUser.require().accountId();
        note.sign(signer, now, SignedContent.ofNote(note.id(), session, note.template(), signed, signer, now));
        notes.flush();
        if (coSignatures.supervisorOf(signer) != null) {
            // signed while the rule is on: into the supervisor's list (whoever is named when they look)
            coSignatures.saveAndFlush(new NoteCoSignature(note.id(), session.id(), session.coupleId(), signer, now));
        }
        audit.recordChange(
                AuditAction.NOTE_SIGNED,
                session.coupleId(),
                session.attendeePartnerId(),
                "sha256 " + note.contentSha256());
        return notesAsWritten.view(note);
    }

    /**
     * Adds a signed addendum under a signed note (password re-entered, hashed with the note's hash; checked before
     * the transaction). Addenda are permanent, so the same command id sent again (a double-click) signs nothing more.
     */
    @Transactional(propagation = Propagation.NEVER)
    public WrittenNote addAddendum(long sessionId, UUID commandId, String text, String password) {
        if (text.isBlank() || text.length() > WrittenNote.SECTION_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("text", text, WrittenNote.SECTION_MAX_LENGTH);
        }
        myAccount.confirmOwnPassword(password, "password");
        return Objects.requireNonNull(transactions.execute(status -> addConfirmedAddendum(sessionId, commandId, text)));
    }

    private WrittenNote addConfirmedAddendum(long sessionId, UUID commandId, String text) {
        CounsellingSession session = sessions.counselorsSession(sessionId, AuditAction.ADDENDUM_SIGNED);
        SessionNote note = notes.findBySessionId(sessionId)
                .filter(SessionNote::isSigned)
                .orElseThrow(() -> InvalidInputException.of("text", "note.addendum-needs-signed"));
        long author = currentUser.require().accountId();
        if (receipts.claim(commandId, "ADDENDUM_SIGNED", author).isPresent()) {
            return notesAsWritten.view(note);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String clean = text.strip();
        addenda.saveAndFlush(new NoteAddendum(
                note.id(),
                clean,
                author,
                now,
                SignedContent.ofAddendum(note.id(), Objects.requireNonNull(note.contentSha256()), clean, author, now)));
        // an addendum answers a return, and a supervisor who read the note before it must read it again
        coSignatures.findByNoteId(note.id()).ifPresent(NoteCoSignature::addendumSigned);
        coSignatures.flush();
        receipts.done(commandId, String.valueOf(note.id()));
        audit.recordChange(AuditAction.ADDENDUM_SIGNED, session.coupleId(), session.attendeePartnerId(), null);
        return notesAsWritten.view(note);
    }

    /** The session with the couple's homework since their last session and the last session's plan. Audited. */
    @Transactional(readOnly = true)
    public SessionPreparation prepare(long sessionId) {
        CounsellingSession session = sessions.counselorsSession(sessionId, AuditAction.NOTE_READ);
        CouplePartners partners = access.partnersForCounselor(session.coupleId(), AuditAction.NOTE_READ);
        Optional<CounsellingSession> previous = sessions.previousHeld(session);
        LocalDate to = calendar.dayOf(session.startsAt());
        LocalDate from =
                previous.map(p -> calendar.dayOf(p.startsAt()).plusDays(1)).orElse(to.minusWeeks(4));
        Optional<SessionNote> lastNote = previous.flatMap(p -> notes.findBySessionId(p.id()));
        String lastPlan = lastNote.map(n -> notesAsWritten.sections(n).get(NoteTemplate.PLAN))
                .filter(p -> !p.isBlank())
                .orElse(null);
        if (lastNote.isPresent()) {
            audit.recordRead(AuditAction.NOTE_READ, session.coupleId(), null);
        }
        return new SessionPreparation(
                sessions.session(sessionId),
                partners,
                previous.map(CounsellingSession::startsAt).orElse(null),
                from,
                to,
                homework.homeworkDueBetween(session.coupleId(), from, to),
                lastPlan,
                lastNote.map(SessionNote::isSigned).orElse(false));
    }

    /** The signed note with its addenda, for the PDF export; audited as an export. */
    @Transactional(readOnly = true)
    public SignedNote signedNote(long sessionId) {
        CounsellingSession session = sessions.counselorsSession(sessionId, AuditAction.NOTE_EXPORTED);
        SessionNote note = notes.findBySessionId(sessionId)
                .filter(SessionNote::isSigned)
                .orElseThrow(() -> InvalidInputException.of("note", "note.export-needs-signed"));
        SignedNote signed = new SignedNote(
                sessions.session(sessionId),
                access.partnersForCounselor(session.coupleId(), AuditAction.NOTE_EXPORTED),
                notesAsWritten.view(note));
        audit.recordRead(AuditAction.NOTE_EXPORTED, session.coupleId(), session.attendeePartnerId());
        return signed;
    }

    /**
     * One page of a couple's sessions, latest first, each with its note as its counselor reads it (signature, hash,
     * addenda), for the couple's full record. The first page is audited as a read of the notes; the export that asks
     * is audited too.
     */
    @Transactional(readOnly = true)
    public List<SessionWithNote> sessionsWithNotes(long coupleId, Pageable pageable) {
        List<SessionSummary> page = sessions.sessionsOfCouple(coupleId, pageable);
        Map<Long, SessionNote> written =
                notes.findBySessionIdIn(page.stream().map(SessionSummary::id).toList()).stream()
                        .collect(Collectors.toMap(SessionNote::sessionId, Function.identity()));
        List<SessionWithNote> result = page.stream()
                .map(s -> new SessionWithNote(
                        s, written.containsKey(s.id()) ? notesAsWritten.view(written.get(s.id())) : null))
                .toList();
        if (pageable.getPageNumber() == 0) {
            audit.recordRead(AuditAction.NOTE_READ, coupleId, null);
        }
        return result;
    }

    /** A signed note with the session and couple it belongs to. */
    public record SignedNote(SessionSummary session, CouplePartners partners, WrittenNote note) {}

    private SessionNote write(CounsellingSession session, NoteDraft draft) {
        Optional<SessionNote> existing = notes.findBySessionId(session.id());
        if (existing.map(SessionNote::isSigned).orElse(false)) {
            audit.recordRefusal(
                    AuditAction.NOTE_SAVED, session.coupleId(), session.attendeePartnerId(), "note is signed");
            throw InvalidInputException.of("note", "note.signed");
        }
        if (session.status() == SessionStatus.CANCELLED && existing.isEmpty()) {
            throw InvalidInputException.of("note", "note.session-cancelled");
        }
        EditConflictException.check(
                draft.expectedVersion(),
                existing.map(SessionNote::getVersion).orElse(-1L),
                "note of session " + session.id());
        Map<String, String> clean = draft.cleanSections(attending(session));
        SessionNote note = existing.orElseGet(() -> new SessionNote(
                session.id(), session.coupleId(), currentUser.require().accountId(), clock.instant()));
        if (existing.isPresent()
                && note.template() != draft.template()
                && notesAsWritten.sections(note).values().stream().anyMatch(text -> !text.isBlank())) {
            throw InvalidInputException.of("template", "note.template-locked");
        }
        note.write(draft.template(), json.writeValueAsString(clean), clock.instant());
        try {
            return notes.saveAndFlush(note);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException savedMeanwhile) {
            // another tab saved (or first created) this note between our check and our write
            throw new EditConflictException("note of session " + session.id());
        }
    }

    private List<Long> attending(CounsellingSession session) {
        if (session.attendeePartnerId() != null) {
            return List.of(session.attendeePartnerId());
        }
        CouplePartners couple = access.partnersForCounselor(session.coupleId(), AuditAction.NOTE_READ);
        return List.of(couple.partnerOneId(), couple.partnerTwoId());
    }

    private WrittenNote blank(CounsellingSession session, NoteTemplate template) {
        Map<String, String> empty = new LinkedHashMap<>();
        template.sections(attending(session)).forEach(key -> empty.put(key, ""));
        return new WrittenNote(session.id(), -1, template, empty, null, null, List.of(), null);
    }
}
