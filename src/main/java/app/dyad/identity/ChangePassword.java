package app.dyad.identity;

/** A signed-in person's request to change their own password. */
public record ChangePassword(String currentPassword, String newPassword, String repeatedPassword) {
}
