package app.dyad.records.ui;

import app.dyad.base.ui.Formats;
import app.dyad.records.RecordTexts;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;

/** A record's words in the language of the page that asked for it, dates the clinic's way. */
final class PageRecordTexts implements RecordTexts {

    private final Component page;

    PageRecordTexts(Component page) {
        this.page = page;
    }

    @Override
    public String text(String recordKey, Object... arguments) {
        return page.getTranslation(recordKey, arguments);
    }

    @Override
    public String date(LocalDate date) {
        return Formats.date(page, date);
    }

    @Override
    public String dateTime(Instant instant) {
        return Formats.dateTime(page, instant);
    }
}
