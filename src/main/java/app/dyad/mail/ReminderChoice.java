package app.dyad.mail;

/** One kind of reminder as a person sees it on their account page: its code, its name's key, and whether it is on. */
public record ReminderChoice(String kind, String labelKey, boolean on) {}
