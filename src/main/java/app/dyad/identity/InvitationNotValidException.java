package app.dyad.identity;

/** The invitation link is unknown, already used, replaced by a newer one, or expired. */
public class InvitationNotValidException extends RuntimeException {

    public InvitationNotValidException() {
        super("invitation is not valid");
    }
}
