package app.dyad.identity;

/** A signed-in person's request to change their own password. */
public record ChangePassword(String currentPassword, String newPassword, String repeatedPassword) {

    /** The longest password the policy accepts, for every field where one is chosen. */
    public static final int PASSWORD_MAX_LENGTH = PasswordPolicy.MAX_LENGTH;

    /** Says nothing of the content: records like this must not leak clinical data or secrets into logs. */
    @Override
    public String toString() {
        return "ChangePassword[…]";
    }
}
