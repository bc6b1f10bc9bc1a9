package app.dyad.checkins;

import app.dyad.exercises.ResponseState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** Every handed-in check-in of a couple with its answers, oldest round first: one query however many. */
    @Query("""
            select distinct ci from CheckIn ci left join fetch ci.values
            where ci.coupleId = :coupleId and ci.state = app.dyad.exercises.ResponseState.SUBMITTED
            order by ci.roundOn, ci.id
            """)
    List<CheckIn> submittedOfCouple(@Param("coupleId") long coupleId);

    boolean existsByCoupleIdAndPartnerIdAndState(long coupleId, long partnerId, ResponseState state);

    Optional<CheckIn> findByCoupleIdAndPartnerIdAndRoundOn(long coupleId, long partnerId, LocalDate roundOn);

    /** For the reminder run: the accounts of these couples' partners who have not handed in the round of that day. */
    @Query("""
            select p.accountId from Partner p
            where p.couple.id in :coupleIds and p.accountId is not null
              and not exists (
                select ci.id from CheckIn ci
                where ci.partnerId = p.id and ci.roundOn = :roundOn
                  and ci.state = app.dyad.exercises.ResponseState.SUBMITTED)
            """)
    List<Long> accountsYetToAnswer(@Param("coupleIds") Collection<Long> coupleIds, @Param("roundOn") LocalDate roundOn);
}
