package app.dyad.exercises;

/** Who may read a partner's answer besides the partner and the counselor. */
public enum Visibility {
    /** Only the counselor; the partner never sees it. */
    COUNSELOR_ONLY,
    /** The partner sees it once it is submitted. */
    SHARED,
    /** Each partner sees the other's only after both have submitted. */
    REVEAL_TOGETHER;

    /**
     * Whether a partner may read the other partner's answer under this visibility: never a draft; a shared one once it
     * is handed in; a reveal-together one once the reader has handed in theirs too. The one rule homework and check-ins
     * share.
     */
    public boolean letsPartnerRead(boolean theirsSubmitted, boolean ownSubmitted) {
        if (!theirsSubmitted) {
            return false;
        }
        return switch (this) {
            case COUNSELOR_ONLY -> false;
            case SHARED -> true;
            case REVEAL_TOGETHER -> ownSubmitted;
        };
    }

    /**
     * Whether feedback may go to both partners at once: not on answers only the counselor sees (it could repeat one
     * partner's answer to the other), unless the couple answered together. On reveal-together answers given
     * separately, {@link Disclosure} shows such feedback to a partner only once both have submitted.
     */
    public boolean allowsFeedbackToBoth(Audience audience) {
        return this != COUNSELOR_ONLY || audience == Audience.JOINT;
    }
}
