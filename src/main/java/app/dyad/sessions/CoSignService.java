package app.dyad.sessions;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CaseNotAvailableException;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.MyAccountService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervisor's co-signatures: the notes waiting for them, reading one (read-only), co-signing it with their
 * password, or returning it with a comment. A counselor reaches exactly the notes whose signer names them as
 * supervisor now — not the couple, not its other notes; every other attempt is refused and audited.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CoSignService {

    /** The longest comment a supervisor may return a note with, in characters. */
    public static final int RETURN_COMMENT_MAX_LENGTH = 4_000;

    private final CoSignatureRepository coSignatures;
    private final NoteRepository notes;
    private final AddendumRepository addenda;
    private final CounsellingSessionRepository sessionRows;
    private final WrittenNotes notesAsWritten;
    private final CaseAccess access;
    private final MyAccountService myAccount;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CoSignService(
            CoSignatureRepository coSignatures,
            NoteRepository notes,
            AddendumRepository addenda,
            CounsellingSessionRepository sessionRows,
            WrittenNotes notesAsWritten,
            CaseAccess access,
            MyAccountService myAccount,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock,
            TransactionTemplate transactions) {
        this.coSignatures = coSignatures;
        this.notes = notes;
        this.addenda = addenda;
        this.sessionRows = sessionRows;
        this.notesAsWritten = notesAsWritten;
        this.access = access;
        this.myAccount = myAccount;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** One page of the notes waiting for the caller's co-signature, oldest signature first. */
    @Transactional(readOnly = true)
    public List<CoSignRow> toCoSign(Pageable pageable) {
        Pageable page = Paging.clamp(pageable);
        return coSignatures.waitingFor(
                me(), CoSignState.AWAITING, PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    /** How many notes wait for the caller's co-signature. */
    @Transactional(readOnly = true)
    public long countToCoSign() {
        return coSignatures.countWaitingFor(me(), CoSignState.AWAITING);
    }

    /** A note the caller supervises, read-only, with its session and the names of the couple's partners. Audited. */
    @Transactional(readOnly = true)
    public SupervisedNote open(long sessionId) {
        NoteCoSignature coSignature = owned(sessionId, AuditAction.NOTE_READ_FOR_CO_SIGNATURE);
        SessionNote note = notes.findById(coSignature.noteId()).orElseThrow();
        SessionSummary session = sessionRows.summaryOf(sessionId).orElseThrow(CaseNotAvailableException::new);
        Map<Long, String> partners = new LinkedHashMap<>();
        coSignatures.partnerNames(coSignature.coupleId()).forEach(row -> partners.put((Long) row[0], (String) row[1]));
        WrittenNote written = notesAsWritten.view(note);
        audit.recordRead(AuditAction.NOTE_READ_FOR_CO_SIGNATURE, coSignature.coupleId(), session.attendeePartnerId());
        return new SupervisedNote(session, partners, written);
    }

    /**
     * Co-signs a note the caller supervises: the caller re-enters their password (checked before the transaction);
     * the co-signature's SHA-256 covers the note's hash, the hashes of the addenda signed so far, who and when.
     * {@code expectedVersion} is the version the caller read: a note returned, answered or co-signed since is refused.
     */
    @Transactional(propagation = Propagation.NEVER)
    public WrittenNote coSign(long sessionId, long expectedVersion, String password) {
        myAccount.confirmOwnPassword(password, "password");
        return Objects.requireNonNull(transactions.execute(status -> coSignConfirmed(sessionId, expectedVersion)));
    }

    private WrittenNote coSignConfirmed(long sessionId, long expectedVersion) {
        NoteCoSignature coSignature = owned(sessionId, AuditAction.NOTE_CO_SIGNED);
        requireAwaiting(coSignature, expectedVersion, sessionId);
        SessionNote note = notes.findById(coSignature.noteId()).orElseThrow();
        List<String> addendaSigned = addenda.findByNoteIdOrderBySignedAtAscIdAsc(note.id()).stream()
                .map(NoteAddendum::contentSha256)
                .toList();
        long me = me();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        coSignature.coSign(
                me,
                now,
                addendaSigned.size(),
                SignedContent.ofCoSignature(
                        note.id(), Objects.requireNonNull(note.contentSha256()), addendaSigned, me, now));
        save(coSignature, sessionId);
        audit.recordChange(
                AuditAction.NOTE_CO_SIGNED, coSignature.coupleId(), null, "sha256 " + coSignature.contentSha256());
        return notesAsWritten.view(note);
    }

    /** Returns a note the caller supervises to its signer with a comment (required), to be answered in an addendum. */
    @Transactional
    public WrittenNote returnNote(long sessionId, long expectedVersion, String comment) {
        String clean = comment.strip();
        if (clean.isEmpty() || clean.length() > RETURN_COMMENT_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("comment", clean, RETURN_COMMENT_MAX_LENGTH);
        }
        NoteCoSignature coSignature = owned(sessionId, AuditAction.NOTE_RETURNED);
        requireAwaiting(coSignature, expectedVersion, sessionId);
        coSignature.returnWith(me(), clock.instant().truncatedTo(ChronoUnit.MICROS), clean);
        save(coSignature, sessionId);
        audit.recordChange(AuditAction.NOTE_RETURNED, coSignature.coupleId(), null, null);
        return notesAsWritten.view(notes.findById(coSignature.noteId()).orElseThrow());
    }

    /** A note the caller supervises, with its session and the couple's partners' names (for its sections' labels). */
    public record SupervisedNote(SessionSummary session, Map<Long, String> partnerNames, WrittenNote note) {}

    private void requireAwaiting(NoteCoSignature coSignature, long expectedVersion, long sessionId) {
        if (coSignature.state() == CoSignState.CO_SIGNED) {
            throw InvalidInputException.of("note", "cosign.already-co-signed");
        }
        if (coSignature.state() == CoSignState.RETURNED) {
            throw InvalidInputException.of("note", "cosign.returned-unanswered");
        }
        EditConflictException.check(expectedVersion, coSignature.getVersion(), "co-signature of session " + sessionId);
    }

    private void save(NoteCoSignature coSignature, long sessionId) {
        try {
            coSignatures.saveAndFlush(coSignature);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            // another tab returned or co-signed it between our check and our write
            throw new EditConflictException("co-signature of session " + sessionId);
        }
    }

    /** The co-signature of the session's note if the caller is its signer's supervisor now; else refused, audited. */
    private NoteCoSignature owned(long sessionId, AuditAction action) {
        return coSignatures
                .findForSupervisor(sessionId, me())
                .orElseThrow(() -> access.denied(
                        action,
                        sessionRows
                                .findById(sessionId)
                                .map(CounsellingSession::coupleId)
                                .orElse(null)));
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
