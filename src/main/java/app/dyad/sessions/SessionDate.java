package app.dyad.sessions;

import java.time.Instant;

/** A session as a partner's record lists it: when, how, whether it was held or cancelled — nothing of any note. */
public record SessionDate(
        long id, Instant startsAt, Instant endsAt, SessionFormat format, SessionStatus status, boolean individual) {}
