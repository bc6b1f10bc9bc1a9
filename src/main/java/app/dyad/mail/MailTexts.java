package app.dyad.mail;

import app.dyad.base.ClinicCalendar;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of every mail, from the same translations as the screens ({@code vaadin-i18n/translations}), in the
 * clinic's locale: a mail is read outside any browser, so there is no browser language to follow.
 */
@Component
public class MailTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final ClinicCalendar calendar;

    MailTexts(ClinicCalendar calendar) {
        this.calendar = calendar;
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    /** The text of a translation key with its arguments ({0}, {1} ...). */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, calendar.locale());
    }
}
