package app.dyad.identity;

/**
 * The demo accounts' password. It is printed in the README and at every demo start, so it is public knowledge: it
 * must never guard an account in production ({@link DemoPasswordCheck}).
 */
public final class DemoPassword {

    public static final String VALUE = "dyad-demo-2026";

    private DemoPassword() {}
}
