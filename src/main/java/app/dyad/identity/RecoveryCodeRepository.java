package app.dyad.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    /** Uses the code if it is the person's and still unused: 1 row when it worked, 0 otherwise. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :now"
            + " where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null")
    int use(@Param("accountId") long accountId, @Param("codeHash") String codeHash, @Param("now") Instant now);

    @Query("select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
    int countUnused(@Param("accountId") long accountId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    int deleteForAccount(@Param("accountId") long accountId);
}
