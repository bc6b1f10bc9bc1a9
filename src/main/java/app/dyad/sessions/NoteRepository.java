package app.dyad.sessions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<SessionNote, Long> {

    Optional<SessionNote> findBySessionId(long sessionId);
}
