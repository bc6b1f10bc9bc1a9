package app.dyad.records;

import app.dyad.records.spi.RecordScope;
import java.time.Instant;

/** What opens a record: the couple, whose record it is and for whom, when it was made. */
record RecordHeading(RecordScope scope, String couple, String subject, Instant generatedAt) {

    /** The JSON's name for what kind of record this is. */
    String kind() {
        if (scope.everything()) {
            return "COUPLE_EVERYTHING";
        }
        return scope.partnersOwn() ? "PARTNERS_OWN" : "COUPLE_FOR_PARTNER";
    }
}
