package app.dyad.records.spi;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link RecordSection} writes its entries: in the JSON an entry is an object, a field a property, a list an
 * array of objects; in the PDF a field is a labelled line. Names are JSON property names; label keys are translation
 * keys (literal in the section, so a reader can find them). Nothing written is kept in memory.
 */
public interface RecordWriter {

    /** Starts one entry (an assignment, a session…). */
    void beginEntry();

    /** Ends the entry begun last. */
    void endEntry();

    /** A short text (a name, a title); null writes null in the JSON and nothing in the PDF. */
    void text(String name, String labelKey, @Nullable String value);

    /** A text of several lines (an answer, a note's section), printed as a block in the PDF. */
    void longText(String name, String labelKey, @Nullable String value);

    /** A number. */
    void number(String name, String labelKey, @Nullable Number value);

    /** A day, ISO in the JSON, the clinic's way in the PDF. */
    void date(String name, String labelKey, @Nullable LocalDate value);

    /** A moment, ISO UTC in the JSON, the clinic's zone and way in the PDF. */
    void moment(String name, String labelKey, @Nullable Instant value);

    /**
     * A constant of an enum: its name in the JSON, in the PDF the translation of {@code valueKeyPrefix + name()}
     * (e.g. {@code homework.visibility.} + {@code SHARED}).
     */
    void choice(String name, String labelKey, @Nullable Enum<?> value, String valueKeyPrefix);

    /** Starts a list of entries inside the current entry (a note's addenda, an answer's questions). */
    void beginList(String name, String labelKey);

    /** Ends the list begun last. */
    void endList();

    /** Starts one named entry inside the current entry (a session's note): an object in the JSON. */
    void beginGroup(String name, String labelKey);

    /** Ends the group begun last. */
    void endGroup();
}
