package app.dyad.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<SessionNote, Long> {

    Optional<SessionNote> findBySessionId(long sessionId);

    List<SessionNote> findBySessionIdIn(Collection<Long> sessionIds);
}
