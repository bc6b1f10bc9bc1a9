package app.dyad.mail;

import java.time.Instant;
import java.util.List;

/** One mail as the demo's SMTP server received it: for the demo's Outbox page, never in production. */
public record DemoMail(String to, String subject, Instant receivedAt, String text, List<String> attachments) {}
