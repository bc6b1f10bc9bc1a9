package app.dyad.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature's hash changes with every fact it covers and with nothing else. */
class SignedContentTest {

    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-21T09:15:00.123456Z");

    private static CounsellingSession session(Instant start, SessionFormat format, String place, Long attendee) {
        return new CounsellingSession(7, start, Duration.ofMinutes(50), format, place, attendee, 3, START);
    }

    private static Map<String, String> sections(String data, String plan) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", data);
        sections.put("plan", plan);
        return sections;
    }

    private static String hash(
            CounsellingSession s, NoteTemplate template, Map<String, String> sections, long signer, Instant at) {
        return SignedContent.ofNote(11, s, template, sections, signer, at);
    }

    @Test
    void everyCoveredFactChangesTheHash() {
        CounsellingSession s = session(START, SessionFormat.IN_PERSON, "Room 1", null);
        String original = hash(s, NoteTemplate.COUPLES_DAP, sections("a", "b"), 5, SIGNED);

        assertThat(original).matches("[0-9a-f]{64}");
        assertThat(hash(s, NoteTemplate.COUPLES_DAP, sections("a", "b"), 5, SIGNED))
                .isEqualTo(original);
        assertThat(hash(s, NoteTemplate.COUPLES_DAP, sections("a ", "b"), 5, SIGNED))
                .isNotEqualTo(original);
        assertThat(hash(s, NoteTemplate.COUPLES_DAP, sections("a", "b"), 6, SIGNED))
                .isNotEqualTo(original);
        assertThat(hash(s, NoteTemplate.COUPLES_DAP, sections("a", "b"), 5, SIGNED.plusNanos(1000)))
                .isNotEqualTo(original);
        assertThat(hash(s, NoteTemplate.SOAP, sections("a", "b"), 5, SIGNED)).isNotEqualTo(original);
        assertThat(hash(
                        session(START.plusSeconds(60), SessionFormat.IN_PERSON, "Room 1", null),
                        NoteTemplate.COUPLES_DAP,
                        sections("a", "b"),
                        5,
                        SIGNED))
                .isNotEqualTo(original);
        assertThat(hash(
                        session(START, SessionFormat.VIDEO, "Room 1", null),
                        NoteTemplate.COUPLES_DAP,
                        sections("a", "b"),
                        5,
                        SIGNED))
                .isNotEqualTo(original);
        assertThat(hash(
                        session(START, SessionFormat.IN_PERSON, "Room 2", null),
                        NoteTemplate.COUPLES_DAP,
                        sections("a", "b"),
                        5,
                        SIGNED))
                .isNotEqualTo(original);
        assertThat(hash(
                        session(START, SessionFormat.IN_PERSON, "Room 1", 42L),
                        NoteTemplate.COUPLES_DAP,
                        sections("a", "b"),
                        5,
                        SIGNED))
                .isNotEqualTo(original);
    }

    @Test
    void textsCannotBeShiftedBetweenSectionsWithoutChangingTheHashButStoredOrderDoesNotMatter() {
        CounsellingSession s = session(START, SessionFormat.IN_PERSON, null, null);
        String original = hash(s, NoteTemplate.COUPLES_DAP, sections("ab", "c"), 5, SIGNED);

        assertThat(hash(s, NoteTemplate.COUPLES_DAP, sections("a", "bc"), 5, SIGNED))
                .isNotEqualTo(original);
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("plan", "c");
        reversed.put("data", "ab");
        assertThat(hash(s, NoteTemplate.COUPLES_DAP, reversed, 5, SIGNED)).isEqualTo(original);
    }

    @Test
    void anAddendumsHashChainsToItsNote() {
        String one = SignedContent.ofAddendum(11, "a".repeat(64), "Correction", 5, SIGNED);
        assertThat(SignedContent.ofAddendum(11, "b".repeat(64), "Correction", 5, SIGNED))
                .isNotEqualTo(one);
        assertThat(SignedContent.ofAddendum(11, "a".repeat(64), "Correction.", 5, SIGNED))
                .isNotEqualTo(one);
    }
}
