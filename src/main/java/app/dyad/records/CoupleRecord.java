package app.dyad.records;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.InvalidInputException;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.CouplePartners;
import app.dyad.records.spi.RecordScope;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The couple's record, for its current counselor only ({@link CaseAccess}): everything (notes with signatures and
 * addenda, homework, check-ins, goals, sessions, and what other modules contribute), or the record as one partner may
 * read it, without notes. The counselor gives a reason, which is audited with the export.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CoupleRecord {

    /** The longest reason a counselor may give for an export. */
    public static final int REASON_MAX_LENGTH = 300;

    private final CaseAccess access;
    private final RecordExporter exporter;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CoupleRecord(
            CaseAccess access,
            RecordExporter exporter,
            AuditTrail audit,
            Clock clock,
            TransactionTemplate transactions) {
        this.access = access;
        this.exporter = exporter;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The couple's partners, for the export dialog's choice "for partner X". */
    @Transactional(readOnly = true)
    public CouplePartners partnersOf(long coupleId) {
        return access.partnersForCounselor(coupleId, AuditAction.RECORD_EXPORTED);
    }

    /**
     * Streams the couple's record into {@code out} as a ZIP of a PDF and a JSON file: everything when
     * {@code forPartnerId} is null, else exactly what that partner's own record holds. Refused and audited for anyone
     * but the couple's counselor; the reason is required and audited with the export, before the first byte.
     */
    public void export(long coupleId, @Nullable Long forPartnerId, String reason, RecordTexts texts, OutputStream out) {
        CouplePartners partners =
                transactions.execute(status -> access.partnersForCounselor(coupleId, AuditAction.RECORD_EXPORTED));
        if (partners == null || (forPartnerId != null && !partners.contains(forPartnerId))) {
            throw access.denied(AuditAction.RECORD_EXPORTED, coupleId);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX_LENGTH) {
            throw InvalidInputException.requiredOrTooLong("reason", reason, REASON_MAX_LENGTH);
        }
        Map<Long, String> names = Map.of(
                partners.partnerOneId(), partners.partnerOneName(),
                partners.partnerTwoId(), partners.partnerTwoName());
        RecordScope scope = forPartnerId == null
                ? RecordScope.everything(coupleId, names)
                : RecordScope.forPartner(coupleId, forPartnerId, names);
        audit.recordRead(
                AuditAction.RECORD_EXPORTED,
                coupleId,
                forPartnerId,
                (forPartnerId == null ? "everything" : "for partner") + "; reason: " + reason.strip());
        String subject = forPartnerId == null
                ? texts.text("records.subject.couple", partners.bothNames())
                : texts.text("records.subject.for-partner", partners.nameOf(forPartnerId), partners.bothNames());
        exporter.write(new RecordHeading(scope, partners.bothNames(), subject, clock.instant()), texts, out);
    }
}
