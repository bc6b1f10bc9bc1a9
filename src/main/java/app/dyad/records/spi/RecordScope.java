package app.dyad.records.spi;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whose record is being written, and for whom. {@code readerPartnerId} null: the couple's full record for its
 * counselor ("everything"). Otherwise the record as that partner may read it: their own download
 * ({@code partnersOwn}), or the counselor's export "for this partner", which must show exactly the same. The
 * partners' call names are there so a section can say whose an entry is.
 */
public record RecordScope(
        long coupleId, @Nullable Long readerPartnerId, boolean partnersOwn, Map<Long, String> partnerNames) {

    /** The counselor's full record of the couple. */
    public static RecordScope everything(long coupleId, Map<Long, String> partnerNames) {
        return new RecordScope(coupleId, null, false, Map.copyOf(partnerNames));
    }

    /** The record as one partner may read it, exported by the couple's counselor. */
    public static RecordScope forPartner(long coupleId, long partnerId, Map<Long, String> partnerNames) {
        return new RecordScope(coupleId, partnerId, false, Map.copyOf(partnerNames));
    }

    /** The signed-in partner's own record. */
    public static RecordScope partnersOwn(long coupleId, long partnerId, Map<Long, String> partnerNames) {
        return new RecordScope(coupleId, partnerId, true, Map.copyOf(partnerNames));
    }

    /**
     * Whether this is the counselor's full record, where notes and what only the counselor may read belong. In every
     * other record a section writes only what the reading partner may see today.
     */
    public boolean everything() {
        return readerPartnerId == null;
    }

    /** A partner's call name; null (a joint answer, a couple goal) has none. */
    public @Nullable String nameOf(@Nullable Long partnerId) {
        return partnerId == null ? null : partnerNames.get(partnerId);
    }
}
