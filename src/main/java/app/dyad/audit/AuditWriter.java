package app.dyad.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit rows either inside the caller's transaction or in one of their own. */
@Component
class AuditWriter {

    private final AuditEntryRepository entries;

    AuditWriter(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** Commits or rolls back with the change it describes, so a row never claims a change that did not happen. */
    @Transactional(propagation = Propagation.MANDATORY)
    void withCaller(AuditEntry entry) {
        entries.save(entry);
    }

    /** Commits whatever happens to the caller: refusals, failures and reads must stay recorded. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void alone(AuditEntry entry) {
        entries.save(entry);
    }
}
