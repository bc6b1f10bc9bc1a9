package app.dyad.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a session note. Couples DAP has a short observation per attending partner, keyed
 * {@code partner-<id>}, so each partner's section stays theirs even if names change.
 */
public enum NoteTemplate {
    COUPLES_DAP(List.of("data", "assessment", "plan")),
    SOAP(List.of("subjective", "objective", "assessment", "plan")),
    FREE_FORM(List.of("text"));

    public static final String PLAN = "plan";

    private final List<String> fixedSections;

    NoteTemplate(List<String> fixedSections) {
        this.fixedSections = fixedSections;
    }

    /** The note's sections in the order they are written, read and signed. */
    public List<String> sections(List<Long> attendingPartnerIds) {
        List<String> keys = new ArrayList<>(fixedSections);
        if (this == COUPLES_DAP) {
            attendingPartnerIds.forEach(id -> keys.add(keys.indexOf("assessment"), partnerSection(id)));
        }
        return keys;
    }

    public static String partnerSection(long partnerId) {
        return "partner-" + partnerId;
    }

    /** The partner a section is about, if it is a partner's observation. */
    public static Optional<Long> partnerOf(String sectionKey) {
        return sectionKey.startsWith("partner-")
                ? Optional.of(Long.parseLong(sectionKey.substring("partner-".length())))
                : Optional.empty();
    }
}
