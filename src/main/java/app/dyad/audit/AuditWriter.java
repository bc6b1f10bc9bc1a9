package app.dyad.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit rows either inside the caller's transaction or on their own, committed at once. */
@Component
class AuditWriter {

    private final AuditEntryRepository entries;
    private final AuditConnections ownConnections;

    AuditWriter(AuditEntryRepository entries, AuditConnections ownConnections) {
        this.entries = entries;
        this.ownConnections = ownConnections;
    }

    /** Commits or rolls back with the change it describes, so a row never claims a change that did not happen. */
    @Transactional(propagation = Propagation.MANDATORY)
    void withCaller(AuditEntry entry) {
        entries.save(entry);
    }

    /**
     * Commits whatever happens to the caller: refusals, failures and reads must stay recorded. Through the audit's
     * own pool, never a second connection of the main pool (see {@link AuditConnections}).
     */
    void alone(AuditEntry entry) {
        ownConnections.insert(entry);
    }
}
