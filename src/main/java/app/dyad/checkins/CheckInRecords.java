package app.dyad.checkins;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the check-ins of a record for its reader, for both audiences' services: a partner's through
 * {@link CheckInDisclosure}, the counselor's all of them.
 */
@Component
class CheckInRecords {

    private final CheckInRepository checkIns;
    private final Instruments instruments;

    CheckInRecords(CheckInRepository checkIns, Instruments instruments) {
        this.checkIns = checkIns;
        this.instruments = instruments;
    }

    /** The couple's handed-in check-ins as {@code readerPartnerId} may see them; all of them for null (counselor). */
    List<CheckInRecord> of(long coupleId, @Nullable Long readerPartnerId) {
        List<CheckIn> submitted = checkIns.submittedOfCouple(coupleId);
        List<CheckIn> visible =
                readerPartnerId == null ? submitted : CheckInDisclosure.visibleTo(readerPartnerId, submitted);
        List<InstrumentView> all = instruments.all();
        List<CheckInRecord> records = new ArrayList<>();
        for (CheckIn c : visible) {
            boolean withAnswers = readerPartnerId == null || c.partnerId() == readerPartnerId;
            List<CheckInRecord.Score> scores = new ArrayList<>();
            List<CheckInRecord.Answer> answers = new ArrayList<>();
            for (InstrumentView instrument : all) {
                if (ProgressBuilder.answersAll(instrument, c)) {
                    scores.add(new CheckInRecord.Score(
                            instrument.code(), instrument.title(), instrument.score(c.values())));
                }
                if (withAnswers) {
                    for (ItemView item : instrument.items()) {
                        Integer value = c.values().get(item.id());
                        if (value != null) {
                            answers.add(new CheckInRecord.Answer(item.text(), value, item.describe(value)));
                        }
                    }
                }
            }
            records.add(new CheckInRecord(
                    c.partnerId(),
                    c.roundOn(),
                    Objects.requireNonNull(c.submittedAt()),
                    c.visibility(),
                    List.copyOf(scores),
                    List.copyOf(answers)));
        }
        return records;
    }
}
