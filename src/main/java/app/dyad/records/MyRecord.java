package app.dyad.records;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.ClientCase;
import app.dyad.couples.MyCouple;
import app.dyad.couples.MySpace;
import app.dyad.records.spi.RecordScope;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A partner's own record (their right of access): their details, goals, answers, check-ins and session dates, and of
 * their partner's exactly what the privacy rules let them read today. Never a counselor's note. The partner comes
 * from {@link CaseAccess}.
 */
@Service
@PreAuthorize("hasRole('CLIENT')")
public class MyRecord {

    private final CaseAccess access;
    private final MyCouple myCouple;
    private final RecordExporter exporter;
    private final AuditTrail audit;
    private final Clock clock;

    MyRecord(CaseAccess access, MyCouple myCouple, RecordExporter exporter, AuditTrail audit, Clock clock) {
        this.access = access;
        this.myCouple = myCouple;
        this.exporter = exporter;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Streams the signed-in partner's record into {@code out} as a ZIP of a PDF (in {@code texts}' language) and a
     * JSON file. Audited before the first byte; not transactional, so each page is read in its own short transaction
     * and nothing accumulates.
     */
    public void exportMine(RecordTexts texts, OutputStream out) {
        ClientCase me = access.clientCase(AuditAction.RECORD_EXPORTED);
        MySpace space = myCouple.getMySpace();
        RecordScope scope = RecordScope.partnersOwn(
                me.coupleId(),
                me.partnerId(),
                Map.of(me.partnerId(), space.me().callName(), me.otherPartnerId(), space.partnerCallName()));
        audit.recordRead(AuditAction.RECORD_EXPORTED, me.coupleId(), me.partnerId(), "own record");
        exporter.write(
                new RecordHeading(
                        scope,
                        space.caseName(),
                        texts.text("records.subject.own", space.me().fullName()),
                        clock.instant()),
                texts,
                out);
    }
}
