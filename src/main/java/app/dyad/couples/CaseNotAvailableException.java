package app.dyad.couples;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not see this couple, or it does not exist: deliberately the same answer, so ids of other
 * caseloads cannot be probed.
 */
public class CaseNotAvailableException extends AccessDeniedException {

    public CaseNotAvailableException() {
        super("case not available to the caller");
    }
}
