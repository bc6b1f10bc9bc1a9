package app.dyad.mail.spi;

/**
 * A kind of reminder a module contributes: its stable {@code code} (stored with each person's choice and signed into
 * unsubscribe links), the role it is for ({@code "CLIENT"} or {@code "COUNSELOR"}), and the translation key of its
 * name on the account page and the unsubscribe page. Every kind is on until the person turns it off.
 */
public record ReminderKind(String code, String audience, String labelKey) {}
