package app.dyad;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.AgreementEdit;
import app.dyad.couples.CoupleService;
import app.dyad.couples.GoalVisibility;
import app.dyad.couples.NewGoal;
import app.dyad.couples.SecretsPolicy;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.MyHomework;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.CancelledBy;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionsClinic;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;

/**
 * One couple (Ada and Bea, counselor one of a {@link SessionsClinic}) with every kind of clinical free text Dyad
 * stores, each a unique marker: presenting concerns and the confidentiality note, goals (the couple's, shared and
 * private), homework notes, answers (shared, counselor-only, reveal-together, a draft, one partner's own
 * assignment), feedback, a signed note with an addendum, a draft note, a cancellation reason, and where sessions
 * take place. Seeded through the public services, as a counselor and the partners would. The lists say which
 * markers Ada may see and which she must never see; an admin may see none of them.
 */
public final class ClinicalRecord {

    public final SessionsClinic clinic;
    public final List<Long> assignments = new ArrayList<>();
    public final List<Long> sessions = new ArrayList<>();
    public final long exerciseId;

    /** Ada may read these: her own words, what Bea shared, what the counselor addressed to her or both. */
    public final List<String> shownToAda = new ArrayList<>();
    /** Bea's words Ada may not read (yet), and everything meant for the counselor only. */
    public final List<String> hiddenFromAda = new ArrayList<>();

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public ClinicalRecord(
            SessionsClinic clinic,
            CoupleService couples,
            HomeworkService homework,
            MyHomework myHomework,
            ExerciseLibrary library,
            AppointmentService appointments,
            NoteService notes,
            ClinicCalendar calendar) {
        this.clinic = clinic;
        long couple = clinic.coupleOne;

        clinic.asCounselorOne();
        long version = couples.getCouple(couple).version();
        version = couples.updatePresentingConcerns(couple, version, hidden("CONCERN"))
                .version();
        couples.recordAgreement(
                couple,
                new AgreementEdit(
                        version, SecretsPolicy.LIMITED_SECRETS, LocalDate.of(2026, 1, 5), hidden("AGREEMENT")));
        couples.addGoal(couple, new NewGoal(null, shown("GOAL-COUPLE"), GoalVisibility.SHARED));
        couples.addGoal(couple, new NewGoal(clinic.ada, shown("GOAL-ADA-PRIVATE"), GoalVisibility.PRIVATE));
        couples.addGoal(couple, new NewGoal(clinic.bea, shown("GOAL-BEA-SHARED"), GoalVisibility.SHARED));
        couples.addGoal(couple, new NewGoal(clinic.bea, hidden("GOAL-BEA-PRIVATE"), GoalVisibility.PRIVATE));

        exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id ->
                        library.get(id).orElseThrow().prompts().stream().anyMatch(p -> p.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        long question = library.get(exerciseId).orElseThrow().prompts().stream()
                .filter(p -> p.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();

        long shared = assign(homework, Audience.BOTH_SEPARATELY, null, shown("ASSIGNMENT-NOTE"), Visibility.SHARED);
        long counselorOnly = assign(homework, Audience.BOTH_SEPARATELY, null, null, Visibility.COUNSELOR_ONLY);
        long revealTogether = assign(homework, Audience.BOTH_SEPARATELY, null, null, Visibility.REVEAL_TOGETHER);
        long draftOnly = assign(homework, Audience.BOTH_SEPARATELY, null, null, Visibility.SHARED);
        long beasOwn =
                assign(homework, Audience.ONE_PARTNER, clinic.bea, hidden("ASSIGNMENT-NOTE-BEA"), Visibility.SHARED);

        clinic.asClient("ada");
        myHomework.submit(shared, Map.of(question, shown("ANSWER-ADA")), MyHomework.NO_ANSWER_YET);
        clinic.asClient("bea");
        myHomework.submit(shared, Map.of(question, shown("ANSWER-BEA-SHARED")), MyHomework.NO_ANSWER_YET);
        myHomework.submit(
                counselorOnly, Map.of(question, hidden("ANSWER-BEA-COUNSELOR-ONLY")), MyHomework.NO_ANSWER_YET);
        myHomework.submit(revealTogether, Map.of(question, hidden("ANSWER-BEA-REVEAL")), MyHomework.NO_ANSWER_YET);
        myHomework.saveDraft(draftOnly, Map.of(question, hidden("ANSWER-BEA-DRAFT")), MyHomework.NO_ANSWER_YET);
        myHomework.submit(beasOwn, Map.of(question, hidden("ANSWER-BEA-OWN")), MyHomework.NO_ANSWER_YET);

        clinic.asCounselorOne();
        homework.giveFeedback(shared, clinic.ada, shown("FEEDBACK-ADA"));
        homework.giveFeedback(shared, null, shown("FEEDBACK-BOTH"));
        homework.giveFeedback(shared, clinic.bea, hidden("FEEDBACK-BEA"));
        homework.giveFeedback(counselorOnly, clinic.bea, hidden("FEEDBACK-BEA-COUNSELOR-ONLY"));
        homework.giveFeedback(revealTogether, null, hidden("FEEDBACK-REVEAL-BEFORE-BOTH"));

        LocalDate today = calendar.today();
        long signed = clinic.sessionHeldYesterday(appointments, calendar);
        notes.sign(signed, new NoteDraft(NoteTemplate.COUPLES_DAP, dap(), -1), TestAccounts.PASSWORD);
        notes.addAddendum(signed, UUID.randomUUID(), hidden("ADDENDUM"), TestAccounts.PASSWORD);
        long drafted = schedule(appointments, today.minusDays(2), "Room 2", null);
        notes.saveDraft(drafted, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", hidden("NOTE-DRAFT")), -1));
        long cancelled = schedule(appointments, today.plusDays(3), "Room 3", null);
        appointments.cancel(
                cancelled, appointments.session(cancelled).version(), CancelledBy.COUNSELOR, hidden("CANCEL-REASON"));
        long joint = schedule(appointments, today.plusDays(1), shown("PLACE-JOINT"), null);
        long beasSession = schedule(appointments, today.plusDays(2), hidden("PLACE-BEA-ALONE"), clinic.bea);
        sessions.addAll(List.of(signed, drafted, cancelled, joint, beasSession));
        assignments.addAll(List.of(shared, counselorOnly, revealTogether, draftOnly, beasOwn));
        TestAccounts.signOut();
    }

    /** Every marker: none of them may reach an admin. */
    public List<String> everyMarker() {
        List<String> all = new ArrayList<>(shownToAda);
        all.addAll(hiddenFromAda);
        return all;
    }

    private Map<String, String> dap() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", hidden("NOTE-DATA"));
        sections.put(NoteTemplate.partnerSection(clinic.ada), hidden("NOTE-ABOUT-ADA"));
        sections.put(NoteTemplate.partnerSection(clinic.bea), hidden("NOTE-ABOUT-BEA"));
        sections.put("assessment", hidden("NOTE-ASSESSMENT"));
        sections.put(NoteTemplate.PLAN, hidden("PLAN"));
        return sections;
    }

    private long assign(HomeworkService homework, Audience audience, Long partner, String note, Visibility visibility) {
        return homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                audience,
                                partner,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                note,
                                visibility))
                .getFirst();
    }

    private long schedule(AppointmentService appointments, LocalDate day, String place, Long attendee) {
        SessionPlan plan = new SessionPlan(day, LocalTime.of(9, 0), 50, SessionFormat.IN_PERSON, place, attendee);
        return day.isBefore(LocalDate.now())
                ? appointments.recordPastSession(clinic.coupleOne, UUID.randomUUID(), plan)
                : appointments.schedule(clinic.coupleOne, UUID.randomUUID(), plan);
    }

    private String shown(String kind) {
        String marker = kind + "-" + run;
        shownToAda.add(marker);
        return marker;
    }

    private String hidden(String kind) {
        String marker = kind + "-" + run;
        hiddenFromAda.add(marker);
        return marker;
    }
}
