package app.dyad.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmailChangeRepository extends JpaRepository<EmailChange, Long> {

    @Query("select c from EmailChange c join fetch c.account where c.tokenHash = :tokenHash")
    Optional<EmailChange> findByTokenHash(String tokenHash);

    @Query("select c from EmailChange c where c.account = :account and c.usedAt is null and c.revokedAt is null")
    List<EmailChange> findOpenFor(UserAccount account);
}
