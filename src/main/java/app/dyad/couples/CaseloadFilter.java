package app.dyad.couples;

import org.jspecify.annotations.Nullable;

/** The counselor's search text (any partner's name or the case name) and status filter. */
public record CaseloadFilter(String search, @Nullable CoupleStatus status) {}
