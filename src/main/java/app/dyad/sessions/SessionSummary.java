package app.dyad.sessions;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session as its counselor lists it: when, how, where, who, its status and how far its note is. The attendee's
 * name is null when both partners attend.
 */
public record SessionSummary(
        long id,
        long version,
        long coupleId,
        String caseName,
        Instant startsAt,
        Instant endsAt,
        SessionFormat format,
        @Nullable String place,
        @Nullable Long attendeePartnerId,
        @Nullable String attendeeName,
        SessionStatus status,
        @Nullable CancelledBy cancelledBy,
        @Nullable String cancelReason,
        NoteState noteState) {

    /** The longest reason a cancellation may give. */
    public static final int CANCEL_REASON_MAX_LENGTH = 1000;

    /** How far the session's note is. */
    public enum NoteState {
        NONE,
        DRAFT,
        SIGNED
    }

    /** Built by the sessions queries: the note's state comes from whether it exists and is signed. */
    public SessionSummary(
            long id,
            long version,
            long coupleId,
            String caseName,
            Instant startsAt,
            Instant endsAt,
            SessionFormat format,
            @Nullable String place,
            @Nullable Long attendeePartnerId,
            @Nullable String attendeeName,
            SessionStatus status,
            @Nullable CancelledBy cancelledBy,
            @Nullable String cancelReason,
            @Nullable Long noteId,
            @Nullable Instant signedAt) {
        this(
                id,
                version,
                coupleId,
                caseName,
                startsAt,
                endsAt,
                format,
                place,
                attendeePartnerId,
                attendeeName,
                status,
                cancelledBy,
                cancelReason,
                noteId == null ? NoteState.NONE : signedAt == null ? NoteState.DRAFT : NoteState.SIGNED);
    }

    /** Whether the note is still unsigned a day after the session ended (the rule of {@code notesToSign()}). */
    public boolean noteOverdue(Instant now) {
        return (status == SessionStatus.SCHEDULED || status == SessionStatus.COMPLETED)
                && noteState != NoteState.SIGNED
                && endsAt.plus(AppointmentService.SIGN_WITHIN).isBefore(now);
    }

    public int durationMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    @Override
    public String toString() {
        return "SessionSummary[id=" + id + "]";
    }
}
