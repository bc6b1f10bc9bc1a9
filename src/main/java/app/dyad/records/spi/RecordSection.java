package app.dyad.records.spi;

/**
 * A part of a record contributed by a module (homework, sessions, safety…): a Spring bean. The record asks it twice,
 * once for the JSON and once for the PDF, so {@link #write} reads its data page by page each time and keeps nothing
 * between pages. It runs as the person who asked for the export, so the module's services check access as usual.
 */
public interface RecordSection {

    /** Where the section goes: lower first. */
    int order();

    /** The section's name in the JSON, e.g. {@code homework}: letters only, unique. */
    String key();

    /** The translation key of its heading in the PDF, e.g. {@code records.section.homework}. */
    String headingKey();

    /** Whether its content is confidential to the counselor: the section is then marked so in the PDF and JSON. */
    default boolean confidential() {
        return false;
    }

    /** Whether this record has this section at all (a section only the counselor may read answers false for partners). */
    boolean includedIn(RecordScope scope);

    /** Writes the section's entries: one {@link RecordWriter#beginEntry()}…{@link RecordWriter#endEntry()} each. */
    void write(RecordScope scope, RecordWriter out);
}
