package app.dyad.checkins;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CheckInPlanRepository extends JpaRepository<CheckInPlan, Long> {

    Optional<CheckInPlan> findByCoupleId(long coupleId);

    /** The couple's plan if it is running and the case is active: a closed or paused case asks nothing. */
    @Query("""
            select pl from CheckInPlan pl, Couple c
            where c.id = pl.coupleId and pl.coupleId = :coupleId and c.status = app.dyad.couples.CoupleStatus.ACTIVE
              and pl.cadence <> app.dyad.checkins.Cadence.PAUSED
            """)
    Optional<CheckInPlan> findRunningOf(@Param("coupleId") long coupleId);

    /** Plans that are running, of couples whose case is active: for the reminder run, one query for the clinic. */
    @Query("""
            select pl from CheckInPlan pl, Couple c
            where c.id = pl.coupleId and c.status = app.dyad.couples.CoupleStatus.ACTIVE
              and pl.cadence <> app.dyad.checkins.Cadence.PAUSED
            """)
    List<CheckInPlan> findRunning();
}
