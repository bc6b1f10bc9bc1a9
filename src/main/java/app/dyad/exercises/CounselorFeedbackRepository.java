package app.dyad.exercises;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CounselorFeedbackRepository extends JpaRepository<CounselorFeedback, Long> {

    @Query("select f from CounselorFeedback f where f.assignment.id in :assignmentIds order by f.id")
    List<CounselorFeedback> findByAssignments(@Param("assignmentIds") Collection<Long> assignmentIds);
}
