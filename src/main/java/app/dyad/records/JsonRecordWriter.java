package app.dyad.records;

import app.dyad.records.spi.RecordWriter;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes a record's sections as JSON straight to the archive with Jackson's streaming generator: nothing is kept. */
final class JsonRecordWriter implements RecordWriter {

    private final JsonGenerator json;

    JsonRecordWriter(JsonGenerator json) {
        this.json = json;
    }

    @Override
    public void beginEntry() {
        json.writeStartObject();
    }

    @Override
    public void endEntry() {
        json.writeEndObject();
    }

    @Override
    public void text(String name, String labelKey, @Nullable String value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeStringProperty(name, value);
        }
    }

    @Override
    public void longText(String name, String labelKey, @Nullable String value) {
        text(name, labelKey, value);
    }

    @Override
    public void number(String name, String labelKey, @Nullable Number value) {
        json.writeName(name);
        switch (value) {
            case null -> json.writeNull();
            case Long l -> json.writeNumber(l);
            case Integer i -> json.writeNumber(i);
            default -> json.writeNumber(value.doubleValue());
        }
    }

    @Override
    public void date(String name, String labelKey, @Nullable LocalDate value) {
        text(name, labelKey, value == null ? null : value.toString());
    }

    @Override
    public void moment(String name, String labelKey, @Nullable Instant value) {
        text(name, labelKey, value == null ? null : value.toString());
    }

    @Override
    public void choice(String name, String labelKey, @Nullable Enum<?> value, String valueKeyPrefix) {
        text(name, labelKey, value == null ? null : value.name());
    }

    @Override
    public void beginList(String name, String labelKey) {
        json.writeName(name);
        json.writeStartArray();
    }

    @Override
    public void endList() {
        json.writeEndArray();
    }

    @Override
    public void beginGroup(String name, String labelKey) {
        json.writeName(name);
        json.writeStartObject();
    }

    @Override
    public void endGroup() {
        json.writeEndObject();
    }
}
