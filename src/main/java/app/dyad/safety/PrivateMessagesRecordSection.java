package app.dyad.safety;

import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The partners' private messages in the counselor's full record of the couple ("everything"), marked confidential,
 * 50 at a time, each read through {@link PrivateMessages} (so the current counselor only, and each read audited).
 * Never in a partner's record, their own download included: a file on a shared computer is exactly the trace the
 * channel must not leave, and the counselor's "for partner X" applies that partner's view, which has none of them.
 */
@Component
class PrivateMessagesRecordSection implements RecordSection {

    static final int PAGE = 50;

    private final PrivateMessages messages;

    PrivateMessagesRecordSection(PrivateMessages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String key() {
        return "privateMessages";
    }

    @Override
    public String headingKey() {
        return "records.section.private-messages";
    }

    @Override
    public boolean confidential() {
        return true;
    }

    @Override
    public boolean includedIn(RecordScope scope) {
        return scope.everything();
    }

    @Override
    public void write(RecordScope scope, RecordWriter out) {
        for (int page = 0; ; page++) {
            List<PrivateMessageRow> rows = messages.list(scope.coupleId(), PageRequest.of(page, PAGE));
            rows.forEach(row -> write(messages.read(row.id()), out));
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    /** A wish ticked or not: YES or NO in the JSON, in words in the PDF. */
    enum Asked {
        YES,
        NO;

        static Asked of(boolean asked) {
            return asked ? YES : NO;
        }
    }

    private static void write(PrivateMessageDetails message, RecordWriter out) {
        PrivateMessageRow row = message.message();
        out.beginEntry();
        out.text("from", "records.field.private-from", row.partnerName());
        out.moment("sentAt", "records.field.private-sent-at", row.sentAt());
        out.longText("text", "records.field.private-text", message.text());
        out.choice("unsafeAtHome", "records.field.private-unsafe", Asked.of(row.unsafeAtHome()), "records.asked.");
        out.choice(
                "wantsOwnSession",
                "records.field.private-own-session",
                Asked.of(row.wantsOwnSession()),
                "records.asked.");
        out.choice("noEmail", "records.field.private-no-email", Asked.of(row.noEmail()), "records.asked.");
        out.moment("acknowledgedAt", "records.field.private-acknowledged-at", row.acknowledgedAt());
        out.text("acknowledgedBy", "records.field.private-acknowledged-by", message.acknowledgedBy());
        out.beginList("answers", "records.field.private-answers");
        for (PrivateMessageDetails.ReplyLine reply : message.replies()) {
            out.beginEntry();
            out.moment("sentAt", "records.field.private-sent-at", reply.sentAt());
            out.text("by", "records.field.private-answer-by", reply.counselorName());
            out.longText("text", "records.field.private-text", reply.text());
            out.endEntry();
        }
        out.endList();
        out.endEntry();
    }
}
