package app.dyad.identity;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    long countByEmailAndFailedAtAfter(String email, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.email = :email")
    void deleteByEmail(String email);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :before")
    void deleteOlderThan(Instant before);
}
