package app.dyad.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The words and formats of a record's PDF, in the reader's language and the clinic's way of writing dates: given by
 * the page that asks for the export (services know no language).
 */
public interface RecordTexts {

    /** The translation of a key, with its arguments. */
    String text(String key, Object... arguments);

    /** A day as the clinic writes it. */
    String date(LocalDate date);

    /** A moment in the clinic's zone as the clinic writes it. */
    String dateTime(Instant instant);
}
