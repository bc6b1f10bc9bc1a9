package app.dyad.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Locks the account unless it is locked already: one statement, no read-modify-write race. */
    @Modifying
    @Query("""
            update UserAccount u set u.lockedUntil = :until
            where u.email = :email and (u.lockedUntil is null or u.lockedUntil <= :now)
            """)
    int lockIfUnlocked(@Param("email") String email, @Param("until") Instant until, @Param("now") Instant now);

    boolean existsByRole(Role role);

    /** The id and address of each of these accounts that is active (for reminders), in one query. */
    @Query("select u.id, u.email from UserAccount u where u.id in :ids and u.status = :active")
    List<Object[]> addressesOf(@Param("ids") Collection<Long> ids, @Param("active") AccountStatus active);

    /** Accounts with a password that have this role or an email like the pattern: the few worth an Argon2 check. */
    @Query("""
            select u from UserAccount u
            where u.passwordHash is not null and (u.role = :role or u.email like :emailPattern)
            """)
    List<UserAccount> findDemoPasswordSuspects(@Param("role") Role role, @Param("emailPattern") String emailPattern);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);

    /** How many counselors name this supervisor. */
    long countBySupervisorId(long supervisorId);

    @Query("""
            select u from UserAccount u
            where :search = '' or lower(u.displayName) like :search
               or u.email like :search
            """)
    List<UserAccount> search(@Param("search") String search, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :search = '' or lower(u.displayName) like :search
               or u.email like :search
            """)
    long countSearch(@Param("search") String search);
}
