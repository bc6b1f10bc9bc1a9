package app.dyad.sessions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddendumRepository extends JpaRepository<NoteAddendum, Long> {

    /** A note's addenda in the order they were signed. */
    List<NoteAddendum> findByNoteIdOrderBySignedAtAscIdAsc(long noteId);
}
