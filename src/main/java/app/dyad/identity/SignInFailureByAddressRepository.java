package app.dyad.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureByAddressRepository extends JpaRepository<SignInFailureByAddress, Long> {

    long countByClientIpAndFailedAtAfter(String clientIp, Instant since);

    @Modifying
    @Query("delete from SignInFailureByAddress f where f.failedAt < :before")
    void deleteOlderThan(Instant before);
}
