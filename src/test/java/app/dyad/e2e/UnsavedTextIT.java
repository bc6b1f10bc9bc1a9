package app.dyad.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import app.dyad.exercises.ResponseView;
import app.dyad.exercises.Visibility;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.SessionsClinic;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Issue 11, item 1: the last words typed are on the server however the person leaves within a moment of typing
 * (the menu, a reload, another address), in a session note and in a client's answer; and leaving with text the
 * server has not yet acknowledged asks first.
 */
class UnsavedTextIT extends BrowserJourney {

    private static final String NOTE = "#note-data textarea";
    private static final String ANSWER = "#my-answer textarea";

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    HomeworkService homework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    MyHomework myHomework;

    SessionsClinic clinic;
    final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void clinic() {
        clinic = new SessionsClinic(accounts, admins, couples);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Every "Leave site?" question is recorded and answered "Leave". */
    private Page leavingAccepted(BrowserContext context, String email, String home) {
        Page page = signedIn(context, email, TestAccounts.PASSWORD, home);
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.accept();
        });
        return page;
    }

    /** Types the words as a person does, then leaves by {@code leave} at once after the last key. */
    private static void typeAndLeave(Page page, String field, String words, Consumer<Page> leave) {
        page.locator(field).first().click();
        page.locator(field).first().pressSequentially(words);
        leave.accept(page); // at once: the old autosave waited for 1.5 s of quiet
    }

    private static void clickTheMenu(Page page) {
        page.locator("vaadin-side-nav-item").first().click();
    }

    private void reload(Page page) {
        page.reload();
    }

    private void goElsewhere(Page page, String path) {
        page.navigate(url(path));
    }

    /** What the server holds, asked a few times: the request that saves may still be on its way. */
    private static String eventually(Supplier<String> saved, String words) {
        String last = "";
        for (int i = 0; i < 30; i++) {
            last = saved.get();
            if (last.contains(words)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last;
    }

    private String savedNote(long sessionId) {
        clinic.asCounselorOne();
        return notes.open(sessionId).sections().getOrDefault("data", "");
    }

    private void noteKeepsTheLastWords(Consumer<Page> leave, String words) {
        long session = clinic.sessionHeldYesterday(sessions, calendar);
        try (BrowserContext context = context(1280, 900)) {
            Page page = leavingAccepted(context, clinic.counselorOne.email(), "caseload");
            page.navigate(url("sessions/" + session + "/note"));
            typeAndLeave(page, NOTE, words, leave);
            assertThat(eventually(() -> savedNote(session), words)).endsWith(words);
        }
    }

    @Test
    void aNoteKeepsItsLastWordsWhenTheMenuIsClickedAtOnce() {
        noteKeepsTheLastWords(UnsavedTextIT::clickTheMenu, "Sam left early, upset about the holidays");
    }

    @Test
    void aNoteKeepsItsLastWordsWhenThePageIsReloadedAtOnce() {
        noteKeepsTheLastWords(this::reload, "Alex asked for a weekly check-in");
        assertThat(dialogs).as("the browser asked before leaving unsaved text").contains("beforeunload");
    }

    @Test
    void aNoteKeepsItsLastWordsWhenAnotherAddressIsOpenedAtOnce() {
        noteKeepsTheLastWords(page -> goElsewhere(page, "caseload"), "Both agreed to the time-out signal");
    }

    @Test
    void leavingAsksFirstOnlyWhileTheTextIsNotYetSaved() {
        long session = clinic.sessionHeldYesterday(sessions, calendar);
        try (BrowserContext context = context(1280, 900)) {
            Page page = leavingAccepted(context, clinic.counselorOne.email(), "caseload");
            page.navigate(url("sessions/" + session + "/note"));
            page.locator(NOTE).click();
            page.locator(NOTE).pressSequentially("Saved before leaving");
            page.waitForSelector(".dyad-note-editor[data-autosave='saved']");
            page.reload();
            page.waitForSelector(NOTE);
            assertThat(dialogs).as("nothing unsaved: no question").isEmpty();

            page.locator(NOTE).click();
            page.keyboard().press("End");
            page.locator(NOTE).pressSequentially(", and not yet saved");
            assertThat(page.locator(".dyad-note-editor").getAttribute("data-autosave"))
                    .isEqualTo("unsaved");
            page.reload();
            assertThat(dialogs).containsExactly("beforeunload");
        }
    }

    private long answerableHomework() {
        clinic.asCounselorOne();
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id ->
                        library.get(id).orElseThrow().prompts().stream().anyMatch(p -> p.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        return homework.assign(
                        clinic.coupleOne,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.BOTH_SEPARATELY,
                                null,
                                calendar.today().plusDays(7),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.COUNSELOR_ONLY))
                .getFirst();
    }

    private String savedAnswer(long assignmentId) {
        clinic.asClient("ada");
        return myHomework
                .exercise(assignmentId)
                .myResponse()
                .map(ResponseView::answers)
                .map(answers -> String.join("\n", answers.values()))
                .orElse("");
    }

    private void answerKeepsTheLastWords(Consumer<Page> leave, String words) {
        long assignment = answerableHomework();
        try (BrowserContext phone = context(375, 800)) {
            Page page = leavingAccepted(phone, clinic.emailOf("ada"), "my");
            page.navigate(url("my/exercises/" + assignment));
            typeAndLeave(page, ANSWER, words, leave);
            assertThat(eventually(() -> savedAnswer(assignment), words)).contains(words);
        }
    }

    @Test
    void anAnswerKeepsItsLastWordsWhenTheBackLinkIsClickedAtOnce() {
        answerKeepsTheLastWords(
                page -> page.locator("a[href='my']").first().click(), "We spoke about money without shouting");
    }

    @Test
    void anAnswerKeepsItsLastWordsWhenThePageIsReloadedAtOnce() {
        answerKeepsTheLastWords(this::reload, "I felt heard on Sunday");
        assertThat(dialogs).contains("beforeunload");
    }

    @Test
    void anAnswerKeepsItsLastWordsWhenAnotherAddressIsOpenedAtOnce() {
        answerKeepsTheLastWords(page -> goElsewhere(page, "my"), "Next time I will ask first");
    }
}
