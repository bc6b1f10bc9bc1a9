package app.dyad.identity;

import java.time.Instant;

/** A freshly issued one-time link to set a password, shown to the admin until e-mail delivery exists. */
public record InvitationLink(String email, String token, String url, Instant expiresAt) {

    /** Says nothing of the token: the link is a credential, and a printed record ends up in logs. */
    @Override
    public String toString() {
        return "InvitationLink[" + email + ", valid until " + expiresAt + "]";
    }
}
