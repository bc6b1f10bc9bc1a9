package app.dyad.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i join fetch i.account where i.tokenHash = :tokenHash")
    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("select i from Invitation i where i.account = :account and i.usedAt is null and i.revokedAt is null")
    List<Invitation> findOpenFor(UserAccount account);
}
