package app.dyad.demo;

import app.dyad.base.ClinicCalendar;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo sessions through the real services: Alex & Sam's signed notes, a draft left unsigned for days, coming
 * sessions (one individual, by video), Robin & Kai's next call, and a full week for Maya's agenda.
 */
@Component
@ConditionalOnProperty(name = "dyad.demo.enabled", havingValue = "true")
class DemoSessions {

    private final AppointmentService sessions;
    private final NoteService notes;
    private final ClinicCalendar calendar;

    DemoSessions(AppointmentService sessions, NoteService notes, ClinicCalendar calendar) {
        this.sessions = sessions;
        this.notes = notes;
        this.calendar = calendar;
    }

    void seed(
            long alexSam,
            long robinKai,
            List<Long> mayasOtherCouples,
            LocalDate today,
            BiConsumer<String, Runnable> as) {
        as.accept("maya@dyad.demo", () -> {
            var partners = sessions.partnersOf(alexSam);
            long first = held(alexSam, today.minusDays(17));
            sign(
                    first,
                    dap(
                            partners.partnerOneId(),
                            partners.partnerTwoId(),
                            "Intake review. Both describe arguments about evenings and weekends.",
                            "Alex withdraws when she feels crowded.",
                            "Sam pursues, then goes quiet.",
                            "Pursue–withdraw cycle around time together; both motivated.",
                            "Introduce evening check-ins. Next session in 10 days."));
            long second = held(alexSam, today.minusDays(7));
            sign(
                    second,
                    dap(
                            partners.partnerOneId(),
                            partners.partnerTwoId(),
                            "Check-ins done four evenings of seven. Talked through Saturday's argument.",
                            "Named her need for time alone without apologising.",
                            "Noticed feeling left out; said so calmly.",
                            "Cycle is softening; repair attempts land more often.",
                            "Keep the check-ins. Each writes about an interest of their own. Plan one device-free hour."));
            long third = held(alexSam, today.minusDays(3));
            notes.saveDraft(
                    third,
                    new NoteDraft(
                            NoteTemplate.COUPLES_DAP,
                            Map.of("data", "Short session: Sam came straight from work, both tired."),
                            -1));
            sessions.schedule(
                    alexSam,
                    UUID.randomUUID(),
                    new SessionPlan(
                            today.plusDays(3),
                            LocalTime.of(17, 0),
                            50,
                            SessionFormat.IN_PERSON,
                            "Room 2, first floor",
                            null));
            sessions.schedule(
                    alexSam,
                    UUID.randomUUID(),
                    new SessionPlan(
                            today.plusDays(9),
                            LocalTime.of(12, 30),
                            45,
                            SessionFormat.VIDEO,
                            "https://meet.example.org/dyad-alex",
                            partners.partnerOneId()));
            agendaWeek(mayasOtherCouples, today);
        });
        as.accept("jon@dyad.demo", () -> {
            var partners = sessions.partnersOf(robinKai);
            long last = held(robinKai, today.minusDays(6));
            sign(
                    last,
                    dap(
                            partners.partnerOneId(),
                            partners.partnerTwoId(),
                            "Talked about the first week of the small promises log.",
                            "Kept every promise logged.",
                            "Came home late once and said so first.",
                            "Reliability rebuilding; Kai anxious about slipping.",
                            "Continue the log; map support networks."));
            sessions.schedule(
                    robinKai,
                    UUID.randomUUID(),
                    new SessionPlan(
                            today.plusDays(1),
                            LocalTime.of(10, 0),
                            50,
                            SessionFormat.VIDEO,
                            "https://meet.example.org/okafor",
                            null));
        });
    }

    /**
     * A dozen sessions from yesterday over the coming week for Maya's other couples, so her agenda looks like a
     * real week: yesterday's are done and their notes signed, the rest are coming.
     */
    private void agendaWeek(List<Long> couples, LocalDate today) {
        int[] hours = {9, 11, 14};
        for (int i = 0; i < couples.size() && i < 12; i++) {
            LocalDate day = today.plusDays(i / 2 - 1);
            LocalTime start = LocalTime.of(hours[i % 3], 0);
            SessionPlan plan = new SessionPlan(
                    day,
                    start,
                    50,
                    i % 4 == 0 ? SessionFormat.VIDEO : SessionFormat.IN_PERSON,
                    i % 4 == 0 ? "https://meet.example.org/room-" + (i + 1) : "Room " + (1 + i % 3),
                    null);
            // today's early sessions may already have begun when the demo is seeded
            long id = calendar.at(day, start).isBefore(calendar.now())
                    ? sessions.recordPastSession(couples.get(i), UUID.randomUUID(), plan)
                    : sessions.schedule(couples.get(i), UUID.randomUUID(), plan);
            if (day.isBefore(today)) {
                notes.sign(
                        id,
                        new NoteDraft(
                                NoteTemplate.FREE_FORM,
                                Map.of("text", "Routine session; both engaged. Homework reviewed, next steps agreed."),
                                -1),
                        DemoData.PASSWORD);
            }
        }
    }

    private long held(long couple, LocalDate day) {
        return sessions.recordPastSession(
                couple,
                UUID.randomUUID(),
                new SessionPlan(day, LocalTime.of(17, 0), 50, SessionFormat.IN_PERSON, "Room 2, first floor", null));
    }

    private void sign(long session, Map<String, String> sections) {
        notes.sign(session, new NoteDraft(NoteTemplate.COUPLES_DAP, sections, -1), DemoData.PASSWORD);
    }

    private static Map<String, String> dap(
            long one, long two, String data, String first, String second, String assessment, String plan) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", data);
        sections.put(NoteTemplate.partnerSection(one), first);
        sections.put(NoteTemplate.partnerSection(two), second);
        sections.put("assessment", assessment);
        sections.put("plan", plan);
        return sections;
    }
}
