package app.dyad.identity;

/** What the confirmation page may show before the change: the address the link was sent to. */
public record EmailChangeDetails(String newEmail) {}
