package app.dyad.records;

import app.dyad.couples.CoupleFile;
import app.dyad.couples.CoupleService;
import app.dyad.couples.MyCouple;
import app.dyad.couples.MySpace;
import app.dyad.couples.PartnerDetails;
import app.dyad.couples.PartnerView;
import app.dyad.records.spi.RecordScope;
import app.dyad.records.spi.RecordSection;
import app.dyad.records.spi.RecordWriter;
import org.springframework.stereotype.Component;

/**
 * Who the record is about: a partner's own details (the account's name and contact), or, in the counselor's full
 * record, both partners with the case's concerns and confidentiality agreement.
 */
@Component
class ProfileSection implements RecordSection {

    private final MyCouple myCouple;
    private final CoupleService couples;

    ProfileSection(MyCouple myCouple, CoupleService couples) {
        this.myCouple = myCouple;
        this.couples = couples;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String key() {
        return "profile";
    }

    @Override
    public String headingKey() {
        return "records.section.profile";
    }

    @Override
    public boolean includedIn(RecordScope scope) {
        return true;
    }

    @Override
    public void write(RecordScope scope, RecordWriter out) {
        if (scope.everything()) {
            CoupleFile file = couples.getCouple(scope.coupleId());
            partner(file.partnerOne(), out);
            partner(file.partnerTwo(), out);
            out.beginEntry();
            out.text("caseName", "records.field.case-name", file.caseName());
            out.choice("status", "records.field.status", file.status(), "couples.status.");
            out.date("since", "records.field.since", file.since());
            out.longText("presentingConcerns", "records.field.concerns", file.presentingConcerns());
            out.choice("secretsPolicy", "records.field.secrets-policy", file.secretsPolicy(), "couple.policy.");
            out.date("secretsAgreedOn", "records.field.agreed-on", file.secretsAgreedOn());
            out.longText("secretsNote", "records.field.agreement-note", file.secretsNote());
            out.endEntry();
            return;
        }
        MySpace space = scope.partnersOwn()
                ? myCouple.getMySpace()
                : couples.spaceAsSeenBy(scope.coupleId(), scope.readerPartnerId());
        partner(space.me(), out);
        out.beginEntry();
        out.text("caseName", "records.field.case-name", space.caseName());
        out.text("counselor", "records.field.counselor", space.counselorName());
        out.text("partner", "records.field.partner", space.partnerCallName());
        out.endEntry();
    }

    private static void partner(PartnerView partner, RecordWriter out) {
        PartnerDetails details = partner.details();
        out.beginEntry();
        out.number("partnerId", "records.field.partner-id", partner.id());
        out.text("firstName", "records.field.first-name", details.firstName());
        out.text("lastName", "records.field.last-name", details.lastName());
        out.text("preferredName", "records.field.preferred-name", details.preferredName());
        out.text("pronouns", "records.field.pronouns", details.pronouns());
        out.text("email", "records.field.email", details.email());
        out.text("phone", "records.field.phone", details.phone());
        out.date("dateOfBirth", "records.field.date-of-birth", details.dateOfBirth());
        out.endEntry();
    }
}
