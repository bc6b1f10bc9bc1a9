/**
 * Safety: each partner's private channel to the couple's counselor ("Talk to your counselor privately"), the
 * counselor's urgent flag, reading, acknowledging and private reply, the partner's "no e-mail" wish, and "Leave
 * quickly" on every client page. What a partner writes here reaches the couple's current counselor only: never the
 * other partner (no page, count, reminder or mail of theirs changes), never an admin (the audit rows are
 * confidential). Contributes the client home's section, the couple page's Private messages tab and the caseload's
 * and agenda's urgent flag.
 */
@ApplicationModule(
        allowedDependencies = {"base", "identity", "audit", "couples", "couples :: spi", "mail", "records :: spi"})
@NullMarked
package app.dyad.safety;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
