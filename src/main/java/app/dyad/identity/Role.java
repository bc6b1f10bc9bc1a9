package app.dyad.identity;

/** What a person does in the clinic; each role sees only its own part of Dyad. */
public enum Role {
    ADMIN,
    COUNSELOR,
    CLIENT;

    /** The Spring Security authority for this role, as used by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COUNSELOR_NAME = "COUNSELOR";
    public static final String CLIENT_NAME = "CLIENT";
}
