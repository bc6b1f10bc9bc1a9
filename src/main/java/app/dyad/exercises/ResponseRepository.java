package app.dyad.exercises;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResponseRepository extends JpaRepository<Response, Long> {

    @Query("select r from Response r where r.assignment.id in :assignmentIds")
    List<Response> findByAssignments(@Param("assignmentIds") Collection<Long> assignmentIds);
}
