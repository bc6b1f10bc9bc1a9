package app.dyad.couples;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CoupleRepository extends JpaRepository<Couple, Long> {

    /** A counselor's couples with both partners, filtered by status and by the case's or any partner's name. */
    String CASELOAD_WHERE = """
            from Couple c
              join Partner p1 on p1.couple = c and p1.position = 1
              join Partner p2 on p2.couple = c and p2.position = 2
            where c.counselorId = :counselorId
              and (:status is null or c.status = :status)
              and (:search = '' or lower(c.caseName) like :search
                   or lower(p1.firstName) like :search or lower(p1.lastName) like :search
                   or lower(p1.preferredName) like :search
                   or lower(p2.firstName) like :search or lower(p2.lastName) like :search
                   or lower(p2.preferredName) like :search)
            """;

    String CASELOAD_SELECT = """
            select new app.dyad.couples.CaseloadRow(c.id, c.caseName,
                coalesce(p1.preferredName, p1.firstName), p1.lastName,
                coalesce(p2.preferredName, p2.firstName), p2.lastName, c.status, c.startedOn)
            """;

    /** All couples with both partners, filtered by the case's or a partner's name (admin list). */
    String ADMIN_WHERE = """
            from Couple c
              join Partner p1 on p1.couple = c and p1.position = 1
              join Partner p2 on p2.couple = c and p2.position = 2
            where (:search = '' or lower(c.caseName) like :search
                   or lower(p1.firstName) like :search or lower(p1.lastName) like :search
                   or lower(p2.firstName) like :search or lower(p2.lastName) like :search)
            """;

    String ADMIN_SELECT = """
            select new app.dyad.couples.AdminCoupleRow(c.id, c.version, c.caseName,
                coalesce(p1.preferredName, p1.firstName), p1.lastName,
                coalesce(p2.preferredName, p2.firstName), p2.lastName, p1.email, p2.email,
                c.status, c.startedOn, c.counselorId)
            """;

    @Query("select c.counselorId from Couple c where c.id = :id")
    Optional<Long> findCounselorId(@Param("id") long id);

    @Query("select distinct c from Couple c join fetch c.partners where c.id = :id")
    Optional<Couple> findWithPartners(@Param("id") long id);

    /** One page of a counselor's caseload: one query, whatever the caseload's size. */
    @Query(CASELOAD_SELECT + CASELOAD_WHERE)
    List<CaseloadRow> caseload(
            @Param("counselorId") long counselorId,
            @Param("status") @Nullable CoupleStatus status,
            @Param("search") String searchPattern,
            Pageable pageable);

    @Query("select count(c) " + CASELOAD_WHERE)
    long countCaseload(
            @Param("counselorId") long counselorId,
            @Param("status") @Nullable CoupleStatus status,
            @Param("search") String searchPattern);

    /** One page of all couples, for the clinic admin: names, status and counselor, nothing clinical. */
    @Query(ADMIN_SELECT + ADMIN_WHERE)
    List<AdminCoupleRow> all(@Param("search") String searchPattern, Pageable pageable);

    @Query("select count(c) " + ADMIN_WHERE)
    long countAll(@Param("search") String searchPattern);

    /** The ids of couples the admin's name search finds, for the audit trail's couple filter. */
    @Query("select c.id " + ADMIN_WHERE)
    List<Long> idsNamed(@Param("search") String searchPattern, Pageable pageable);
}
