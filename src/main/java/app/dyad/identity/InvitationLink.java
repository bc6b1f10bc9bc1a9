package app.dyad.identity;

import java.time.Instant;

/**
 * A freshly issued one-time link to set a password. It leaves this package only inside a mail (and, for the very
 * first admin, in an owner-only file): no service returns it, so no screen can show it to an admin.
 */
record InvitationLink(String email, String token, String url, Instant expiresAt) {

    /** Says nothing of the token: the link is a credential, and a printed record ends up in logs. */
    @Override
    public String toString() {
        return "InvitationLink[" + email + ", valid until " + expiresAt + "]";
    }
}
