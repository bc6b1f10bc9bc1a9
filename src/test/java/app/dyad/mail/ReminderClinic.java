package app.dyad.mail;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionsClinic;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;

/**
 * A clinic with something to remind everyone of, and clinical text that must never be in a mail: couple one (Ada and
 * Bea, counselor one) has homework due tomorrow that Ada has answered (with the marker) and Bea has not, a joint
 * video session tomorrow, an individual session of Bea's tomorrow, and yesterday's session whose unsigned note holds
 * the marker.
 */
final class ReminderClinic {

    final SessionsClinic clinic;
    final LocalDate today;
    final String marker = "MARKER-" + UUID.randomUUID();
    final String exerciseTitle;
    final long assignment;
    final long jointSession;
    final long individualSession;
    final String place =
            "https://video.example/room-" + UUID.randomUUID().toString().substring(0, 6);

    ReminderClinic(
            TestAccounts accounts,
            CoupleAdminService admins,
            CoupleService couples,
            HomeworkService homework,
            MyHomework myHomework,
            ExerciseLibrary library,
            AppointmentService appointments,
            NoteService notes,
            ClinicCalendar calendar) {
        clinic = new SessionsClinic(accounts, admins, couples);
        today = calendar.today();
        clinic.asCounselorOne();
        long exercise = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id -> library.get(id).orElseThrow().prompts().stream()
                        .anyMatch(prompt -> prompt.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        var details = library.get(exercise).orElseThrow();
        exerciseTitle = details.summary().title();
        long question = details.prompts().stream()
                .filter(prompt -> prompt.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
        assignment = homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exercise,
                                Audience.BOTH_SEPARATELY,
                                null,
                                today.plusDays(1),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                "counselor's note " + marker,
                                Visibility.SHARED))
                .getFirst();
        jointSession = appointments.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today.plusDays(1), LocalTime.of(10, 0), 50, SessionFormat.VIDEO, place, null));
        individualSession = appointments.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today.plusDays(1), LocalTime.of(14, 0), 50, SessionFormat.IN_PERSON, null, clinic.bea));
        long heldYesterday = clinic.sessionHeldYesterday(appointments, calendar);
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", "note " + marker);
        sections.put(NoteTemplate.partnerSection(clinic.ada), "Ada " + marker);
        sections.put(NoteTemplate.partnerSection(clinic.bea), "Bea " + marker);
        sections.put("assessment", "assessment " + marker);
        sections.put("plan", "plan " + marker);
        notes.saveDraft(heldYesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, sections, -1));
        clinic.asClient("ada");
        myHomework.submit(assignment, Map.of(question, "Ada's answer " + marker), MyHomework.NO_ANSWER_YET);
        TestAccounts.signOut();
    }

    String ada() {
        return clinic.emailOf("ada");
    }

    String bea() {
        return clinic.emailOf("bea");
    }

    String counselor() {
        return clinic.counselorOne.email();
    }

    /** Texts that must appear in no mail: the marker (answers, notes), names, the exercise's title. */
    String[] clinical() {
        return new String[] {marker, "Ada" + clinic.tag, "Bea" + clinic.tag, "Family" + clinic.tag, exerciseTitle};
    }

    static void signInAs(TestAccounts accounts, String email, Role role) {
        accounts.signInAs(email, "", role);
    }
}
