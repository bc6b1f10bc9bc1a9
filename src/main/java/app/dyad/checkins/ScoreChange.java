package app.dyad.checkins;

import org.jspecify.annotations.Nullable;

/**
 * A partner's latest score on an instrument and how it moved since the last session (null when there was no score
 * before it), for the pre-session summary.
 */
public record ScoreChange(
        long partnerId,
        String partnerName,
        String instrumentTitle,
        double latest,
        @Nullable Double change) {}
