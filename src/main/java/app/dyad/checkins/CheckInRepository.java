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

    /** For the reminder run: the partners of these couples who have handed in a check-in of the given round. */
    @Query("""
            select ci.partnerId from CheckIn ci
            where ci.coupleId in :coupleIds and ci.roundOn = :roundOn
              and ci.state = app.dyad.exercises.ResponseState.SUBMITTED
            """)
    List<Long> partnersWhoAnswered(@Param("coupleIds") Collection<Long> coupleIds, @Param("roundOn") LocalDate roundOn);

    /** The accounts of the partners of these couples. */
    @Query(
            "select p.couple.id, p.id, p.accountId from Partner p where p.couple.id in :coupleIds and p.accountId is not null")
    List<Object[]> partnerAccounts(@Param("coupleIds") Collection<Long> coupleIds);
}
