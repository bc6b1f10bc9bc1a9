package app.dyad.exercises;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who an assignment is for. */
public enum Audience {
    /** Both partners, each answering separately. */
    BOTH_SEPARATELY,
    /** One partner only. */
    ONE_PARTNER,
    /** The couple together, with one shared answer. */
    JOINT;

    /**
     * Whether a partner owes an answer to an assignment with this audience: their own (one partner), both
     * separately, or the joint one. {@code assignedPartnerId} is the partner a one-partner assignment names.
     */
    public boolean includes(@Nullable Long assignedPartnerId, long partnerId) {
        return this != ONE_PARTNER || Objects.equals(assignedPartnerId, partnerId);
    }

    /** Whose answer a partner writes: their own, or (null) the couple's joint one. */
    public @Nullable Long authorFor(long partnerId) {
        return this == JOINT ? null : partnerId;
    }
}
