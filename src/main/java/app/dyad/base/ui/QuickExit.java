package app.dyad.base.ui;

/**
 * The address that signs a person out at once and sends their browser on to a neutral site, replacing Dyad's entry in
 * the browser's history. Here, not with the feature, because the security configuration must let it through for
 * everyone (a person whose session already ended must still be sent away).
 */
public final class QuickExit {

    /** Relative to the application's root. */
    public static final String PATH = "/leave";

    private QuickExit() {}
}
