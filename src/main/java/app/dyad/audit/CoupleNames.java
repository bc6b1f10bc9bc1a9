package app.dyad.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names of couples and partners for the admin's audit trail. The couples module implements it: couples
 * writes to the audit trail, so audit may not depend on couples, and asks through this interface instead.
 * Names only, never clinical text: the admin may see who a couple is, not what they said.
 */
public interface CoupleNames {

    /** The ids of couples whose case name or a partner's name contains the text, at most {@code limit}. */
    List<Long> couplesNamed(String text, int limit);

    /** The case name of each of these couples that exists. */
    Map<Long, String> coupleNames(Collection<Long> coupleIds);

    /** The shown name (preferred or first, then last) of each of these partners that exists. */
    Map<Long, String> partnerNames(Collection<Long> partnerIds);
}
