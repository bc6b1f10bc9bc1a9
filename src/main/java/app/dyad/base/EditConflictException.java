package app.dyad.base;

/**
 * Someone else saved this record after the caller loaded it. Services throw it when the version the caller
 * edited is not the current one, so a concurrent edit is shown instead of silently overwritten.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String what) {
        super("Edit conflict on " + what);
    }

    /** Throws when the version the caller edited is not the stored one. */
    public static void check(long editedVersion, long currentVersion, String what) {
        if (editedVersion != currentVersion) {
            throw new EditConflictException(what);
        }
    }
}
