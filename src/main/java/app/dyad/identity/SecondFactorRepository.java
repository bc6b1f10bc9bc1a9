package app.dyad.identity;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    /**
     * Accepts a code's time step only if it is later than the last one accepted: 1 row when accepted, 0 when the
     * step (or a later one) was used already. One statement, so it holds across requests and nodes.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SecondFactor f set f.lastUsedStep = :step, f.version = f.version + 1"
            + " where f.accountId = :accountId and f.confirmedAt is not null"
            + " and (f.lastUsedStep is null or f.lastUsedStep < :step)")
    int acceptStep(@Param("accountId") long accountId, @Param("step") long step);

    @Query("select f.accountId from SecondFactor f where f.accountId in :accountIds and f.confirmedAt is not null")
    Set<Long> setUpAmong(@Param("accountIds") Collection<Long> accountIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SecondFactor f where f.accountId = :accountId")
    int deleteForAccount(@Param("accountId") long accountId);
}
