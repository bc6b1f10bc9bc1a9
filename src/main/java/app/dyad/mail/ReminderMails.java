package app.dyad.mail;

import app.dyad.base.ClinicCalendar;
import app.dyad.base.PublicUrl;
import app.dyad.mail.spi.CalendarFile;
import app.dyad.mail.spi.Reminder;
import app.dyad.mail.spi.Reminder.CalendarInvitation;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.stereotype.Component;

/**
 * The words of a reminder mail: its subject and text from the translations, in the clinic's language, a link to the
 * page in Dyad, and a footer with the one-click link that turns off this kind (and only this kind) for this person.
 * A session's mail carries its {@code .ics}. What a source may put in is limited by {@link Reminder}: no clinical
 * content ever.
 */
@Component
class ReminderMails {

    private final MailTexts texts;
    private final PublicUrl urls;
    private final UnsubscribeTokens tokens;
    private final ClinicCalendar calendar;
    private final DateTimeFormatter dateTime;

    ReminderMails(MailTexts texts, PublicUrl urls, UnsubscribeTokens tokens, ClinicCalendar calendar) {
        this.texts = texts;
        this.urls = urls;
        this.tokens = tokens;
        this.calendar = calendar;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(calendar.locale())
                .withZone(calendar.zone());
    }

    /** The mail of one reminder to one address, under its unique key (kind, person, target and day). */
    OutgoingMail compose(Reminder reminder, String to, String uniqueKey) {
        String code = reminder.kind().code();
        Object[] arguments = reminder.arguments().stream().map(this::words).toArray();
        String token = tokens.tokenFor(reminder.accountId(), code);
        String unsubscribe = urls.of(Unsubscribe.PAGE_PATH + token);
        String body = texts.text(reminder.bodyKey(), arguments)
                + "\n\n" + urls.of(reminder.path())
                + "\n\n-- \n"
                + texts.text(
                        "mail.reminder.footer",
                        texts.text(reminder.kind().labelKey()),
                        unsubscribe,
                        urls.of("account"));
        OutgoingMail mail = OutgoingMail.of(
                        code, reminder.accountId(), to, texts.text(reminder.subjectKey(), arguments), body)
                .withUniqueKey(uniqueKey)
                .withUnsubscribeUrl(urls.of(Unsubscribe.ONE_CLICK_PATH + token));
        CalendarInvitation invitation = reminder.invitation();
        if (invitation != null) {
            mail = mail.withAttachment(new OutgoingMail.Attachment(
                    CalendarFile.fileName(invitation),
                    CalendarFile.CONTENT_TYPE,
                    CalendarFile.ics(invitation, texts::text, calendar.zone(), calendar.now())));
        }
        return mail;
    }

    /** An argument as words: a moment in the clinic's time, a translation key as its text, anything else as is. */
    private Object words(Object argument) {
        if (argument instanceof Instant instant) {
            return dateTime.format(instant);
        }
        if (argument instanceof Reminder.Words words) {
            return texts.text(words.key());
        }
        return argument;
    }
}
