package app.dyad.sessions;

import org.jspecify.annotations.Nullable;

/** A session with its note as the counselor reads it (signature, hash, addenda); no note: none was written. */
public record SessionWithNote(
        SessionSummary session, @Nullable WrittenNote note) {}
