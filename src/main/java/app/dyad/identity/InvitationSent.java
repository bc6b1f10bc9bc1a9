package app.dyad.identity;

import java.time.Instant;

/** What the admin learns when a one-time link is mailed: to whom (masked, "a…@e…") and when it was queued. */
public record InvitationSent(long accountId, String maskedEmail, Instant queuedAt) {}
