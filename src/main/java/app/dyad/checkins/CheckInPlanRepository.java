package app.dyad.checkins;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInPlanRepository extends JpaRepository<CheckInPlan, Long> {

    Optional<CheckInPlan> findByCoupleId(long coupleId);

    /** Plans that are running, of couples whose case is active: for the reminder run, one query for the clinic. */
    @Query("""
            select pl from CheckInPlan pl, Couple c
            where c.id = pl.coupleId and c.status = app.dyad.couples.CoupleStatus.ACTIVE
              and pl.cadence <> app.dyad.checkins.Cadence.PAUSED
            """)
    List<CheckInPlan> findRunning();
}
