package app.dyad.sessions;

import app.dyad.identity.AccountNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored note as its counselor reads it: its sections, and once signed the signer's name, the hash and whether
 * the stored text still matches it, with each signed addendum checked the same way.
 */
@Component
class WrittenNotes {

    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {};

    private final AddendumRepository addenda;
    private final CounsellingSessionRepository sessionRows;
    private final AccountNames accountNames;
    private final JsonMapper json;

    WrittenNotes(
            AddendumRepository addenda,
            CounsellingSessionRepository sessionRows,
            AccountNames accountNames,
            JsonMapper json) {
        this.addenda = addenda;
        this.sessionRows = sessionRows;
        this.accountNames = accountNames;
        this.json = json;
    }

    WrittenNote view(SessionNote note) {
        Map<String, String> sections = sections(note);
        List<NoteAddendum> added = note.isSigned() ? addenda.findByNoteIdOrderBySignedAtAscIdAsc(note.id()) : List.of();
        Set<Long> people = new HashSet<>();
        added.forEach(a -> people.add(a.authorId()));
        if (note.signedBy() != null) {
            people.add(note.signedBy());
        }
        Map<Long, String> names = people.isEmpty() ? Map.of() : accountNames.of(people);
        WrittenNote.Signature signature = null;
        if (note.isSigned()) {
            long signer = Objects.requireNonNull(note.signedBy());
            Instant at = Objects.requireNonNull(note.signedAt());
            String sha = Objects.requireNonNull(note.contentSha256());
            CounsellingSession session = sessionRows.findById(note.sessionId()).orElseThrow();
            signature = new WrittenNote.Signature(
                    signer,
                    names.getOrDefault(signer, "?"),
                    at,
                    sha,
                    sha.equals(SignedContent.ofNote(note.id(), session, note.template(), sections, signer, at)));
        }
        List<WrittenNote.Addendum> addendumViews = new ArrayList<>();
        for (NoteAddendum a : added) {
            Long id = a.getId();
            addendumViews.add(new WrittenNote.Addendum(
                    id == null ? 0 : id,
                    a.text(),
                    a.authorId(),
                    names.getOrDefault(a.authorId(), "?"),
                    a.signedAt(),
                    a.contentSha256(),
                    a.contentSha256()
                            .equals(SignedContent.ofAddendum(
                                    note.id(),
                                    Objects.requireNonNull(note.contentSha256()),
                                    a.text(),
                                    a.authorId(),
                                    a.signedAt()))));
        }
        return new WrittenNote(
                note.sessionId(),
                note.getVersion(),
                note.template(),
                sections,
                note.updatedAt(),
                signature,
                addendumViews);
    }

    Map<String, String> sections(SessionNote note) {
        return json.readValue(note.sections(), SECTIONS);
    }
}
