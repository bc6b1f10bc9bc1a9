package app.dyad.records;

import app.dyad.checkins.CheckInRecord;
import app.dyad.checkins.CounselorCheckIns;
import app.dyad.checkins.MyCheckIns;
import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Handed-in check-ins as the reader may see them: the check-ins module's own rule decides ({@code CheckInDisclosure});
 * a couple has one per round, so they come in one read.
 */
@Component
class CheckInsSection implements RecordSection {

    private final MyCheckIns myCheckIns;
    private final CounselorCheckIns counselorCheckIns;

    CheckInsSection(MyCheckIns myCheckIns, CounselorCheckIns counselorCheckIns) {
        this.myCheckIns = myCheckIns;
        this.counselorCheckIns = counselorCheckIns;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String key() {
        return "checkIns";
    }

    @Override
    public String headingKey() {
        return "records.section.check-ins";
    }

    @Override
    public boolean includedIn(RecordScope scope) {
        return true;
    }

    @Override
    public void write(RecordScope scope, RecordWriter out) {
        List<CheckInRecord> checkIns = scope.partnersOwn()
                ? myCheckIns.forMyRecord()
                : counselorCheckIns.forRecord(scope.coupleId(), scope.readerPartnerId());
        for (CheckInRecord checkIn : checkIns) {
            out.beginEntry();
            out.number("partnerId", "records.field.partner-id", checkIn.partnerId());
            out.text("whose", "records.field.whose", scope.nameOf(checkIn.partnerId()));
            out.date("roundOn", "records.field.round-on", checkIn.roundOn());
            out.moment("submittedAt", "records.field.submitted-at", checkIn.submittedAt());
            out.choice("visibility", "records.field.visibility", checkIn.visibility(), "records.visibility.");
            out.beginList("scores", "records.field.scores");
            for (CheckInRecord.Score score : checkIn.scores()) {
                out.beginEntry();
                out.text("instrument", "records.field.instrument", score.instrumentTitle());
                out.text("code", "records.field.instrument-code", score.instrumentCode());
                out.number("score", "records.field.score", score.score());
                out.endEntry();
            }
            out.endList();
            out.beginList("answers", "records.field.answers");
            for (CheckInRecord.Answer answer : checkIn.answers()) {
                out.beginEntry();
                out.text("question", "records.field.question", answer.question());
                out.number("value", "records.field.value", answer.value());
                out.text("words", "records.field.answer", answer.words());
                out.endEntry();
            }
            out.endList();
            out.endEntry();
        }
    }
}
