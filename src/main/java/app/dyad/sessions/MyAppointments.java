package app.dyad.sessions;

import app.dyad.audit.AuditAction;
import app.dyad.base.Paging;
import app.dyad.couples.CaseAccess;
import app.dyad.couples.ClientCase;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's own coming sessions: the joint ones and their individual ones, never the other partner's. */
@Service
@PreAuthorize("hasRole('CLIENT')")
public class MyAppointments {

    /** The most coming sessions a partner's home lists. */
    static final int SHOWN = 10;

    private final CounsellingSessionRepository sessions;
    private final CaseAccess access;
    private final Clock clock;

    MyAppointments(CounsellingSessionRepository sessions, CaseAccess access, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One page of the sessions the signed-in partner was part of, past and coming, latest first: times and status
     * only, for their own record. Not audited here: the record export that asks is audited once.
     */
    @Transactional(readOnly = true)
    public List<SessionDate> datesForMyRecord(Pageable pageable) {
        ClientCase me = access.clientCase(AuditAction.SESSION_VIEWED);
        return sessions.datesOfPartner(me.coupleId(), me.partnerId(), Paging.clamp(pageable));
    }

    /** The signed-in partner's coming sessions: time, format and place only. */
    @Transactional(readOnly = true)
    public List<MySession> upcoming() {
        ClientCase me = access.clientCase(AuditAction.SESSION_VIEWED);
        return sessions.upcomingFor(
                me.coupleId(), me.partnerId(), clock.instant(), SessionStatus.SCHEDULED, Limit.of(SHOWN));
    }
}
