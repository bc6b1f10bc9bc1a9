package app.dyad.couples;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    @Query("select p from Partner p join fetch p.couple where p.accountId = :accountId")
    Optional<Partner> findByAccountId(@Param("accountId") long accountId);

    boolean existsByAccountId(long accountId);
}
