package app.dyad.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i join fetch i.account where i.tokenHash = :tokenHash")
    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("select i from Invitation i where i.account = :account and i.usedAt is null and i.revokedAt is null")
    List<Invitation> findOpenFor(UserAccount account);

    /** How many links (invitations and resets) were issued for the account since then. */
    long countByAccountAndCreatedAtAfter(UserAccount account, Instant since);

    /** Which of these accounts hold a link that can still be used at {@code now}. */
    @Query("select distinct i.account.id from Invitation i where i.account.id in :accountIds"
            + " and i.usedAt is null and i.revokedAt is null and i.expiresAt > :now")
    List<Long> accountsWithUsableInvitation(Collection<Long> accountIds, Instant now);
}
