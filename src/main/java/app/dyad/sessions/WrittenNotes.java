package app.dyad.sessions;

import app.dyad.identity.AccountNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
    private final CoSignatureRepository coSignatures;

    WrittenNotes(
            CoSignatureRepository coSignatures,
            AddendumRepository addenda,
            CounsellingSessionRepository sessionRows,
            AccountNames accountNames,
            JsonMapper json) {
        this.addenda = addenda;
        this.sessionRows = sessionRows;
        this.accountNames = accountNames;
        this.json = json;
        this.coSignatures = coSignatures;
    }

    WrittenNote view(SessionNote note) {
        Map<String, String> sections = sections(note);
        List<NoteAddendum> added = note.isSigned() ? addenda.findByNoteIdOrderBySignedAtAscIdAsc(note.id()) : List.of();
        Set<Long> people = new HashSet<>();
        added.forEach(a -> people.add(a.authorId()));
        if (note.signedBy() != null) {
            people.add(note.signedBy());
        }
        Optional<NoteCoSignature> coSigning = note.isSigned() ? coSignatures.findByNoteId(note.id()) : Optional.empty();
        Long supervisor =
                coSigning.map(k -> coSignatures.supervisorOf(k.superviseeId())).orElse(null);
        coSigning.ifPresent(k -> {
            Stream.of(supervisor, k.returnedBy(), k.coSignedBy())
                    .filter(Objects::nonNull)
                    .forEach(people::add);
        });
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
        WrittenNote.CoSignature coSignature = coSigning
                .map(k -> coSignature(k, note, added, supervisor == null ? null : names.get(supervisor), names))
                .orElse(null);
        return new WrittenNote(
                note.sessionId(),
                note.getVersion(),
                note.template(),
                sections,
                note.updatedAt(),
                signature,
                addendumViews,
                coSignature);
    }

    private static WrittenNote.CoSignature coSignature(
            NoteCoSignature k,
            SessionNote note,
            List<NoteAddendum> added,
            @Nullable String supervisorName,
            Map<Long, String> names) {
        int covered = k.addendaCovered() == null ? 0 : Objects.requireNonNull(k.addendaCovered());
        boolean intact = false;
        if (k.coSignedBy() != null && covered <= added.size()) {
            intact = Objects.equals(
                    k.contentSha256(),
                    SignedContent.ofCoSignature(
                            note.id(),
                            Objects.requireNonNull(note.contentSha256()),
                            added.subList(0, covered).stream()
                                    .map(NoteAddendum::contentSha256)
                                    .toList(),
                            Objects.requireNonNull(k.coSignedBy()),
                            Objects.requireNonNull(k.coSignedAt())));
        }
        return new WrittenNote.CoSignature(
                k.state(),
                k.getVersion(),
                supervisorName,
                k.isAnswered(),
                k.returnedBy() == null ? null : names.getOrDefault(k.returnedBy(), "?"),
                k.returnedAt(),
                k.returnComment(),
                k.coSignedBy() == null ? null : names.getOrDefault(k.coSignedBy(), "?"),
                k.coSignedAt(),
                covered,
                k.contentSha256(),
                intact);
    }

    Map<String, String> sections(SessionNote note) {
        return json.readValue(note.sections(), SECTIONS);
    }
}
