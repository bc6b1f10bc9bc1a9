package app.dyad.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
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
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A partner's exercise page: its draft saves itself, but an open page must not keep a session alive forever. */
@DyadSpringTest
class MyExerciseViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    TestClock clock;

    String alexEmail;
    String counselorEmail;
    long coupleId;
    long assignmentId;

    @BeforeEach
    void anExerciseWithAWrittenAnswer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var counselor = accounts.ensure("ec-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        alexEmail = "ea-" + tag + "@test.dyad";
        accounts.ensure(alexEmail, "Alex", Role.CLIENT);
        accounts.signInAs("eadmin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        counselorEmail = counselor.email();
        coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails("Alex", tag, null, null, alexEmail, null, null),
                        new PartnerDetails("Sam", tag, null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 1, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        accounts.signInAs(counselor.email(), "", Role.COUNSELOR);
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id ->
                        library.get(id).orElseThrow().prompts().stream().anyMatch(p -> p.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        assignmentId = homework.assign(
                        coupleId,
                        UUID.randomUUID(),
                        new NewAssignment(
                                exerciseId,
                                Audience.BOTH_SEPARATELY,
                                null,
                                LocalDate.of(2026, 12, 24),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.SHARED))
                .getFirst();
        accounts.signInAs(alexEmail, "", Role.CLIENT);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anOpenExercisePageStopsPollingAfterTenQuietMinutesSoTheIdleTimeoutAppliesAndTypingResumesIt() {
        navigate("my/exercises/" + assignmentId, MyExerciseView.class);
        assertThat(UI.getCurrent().getPollInterval())
                .as("saving while someone writes")
                .isPositive();
        TextArea answer = $(TextArea.class).first();
        test(answer).setValue("Started, then the doorbell rang");
        tick();
        assertThat(myHomework.exercise(assignmentId).myResponse().orElseThrow().answers())
                .containsValue("Started, then the doorbell rang");

        clock.advance(Duration.ofMinutes(11));
        tick();
        assertThat(UI.getCurrent().getPollInterval())
                .as("no more requests from an unattended page")
                .isEqualTo(-1);

        test(answer).setValue("Started, then the doorbell rang. Back now.");
        assertThat(UI.getCurrent().getPollInterval())
                .as("typing resumes saving")
                .isPositive();
        tick();
        assertThat(myHomework.exercise(assignmentId).myResponse().orElseThrow().answers())
                .containsValue("Started, then the doorbell rang. Back now.");
    }

    @Test
    void submittingNothingSaysWhyNextToTheFormAndLeavesItOpen() {
        navigate("my/exercises/" + assignmentId, MyExerciseView.class);
        test($(Button.class).id("submit-answer")).click();

        assertThat($(Span.class).id("save-state").getText())
                .isEqualTo(UI.getCurrent().getTranslation("homework.submit-empty"));
        assertThat($(Button.class).id("submit-answer").isVisible()).isTrue();
        assertThat(myHomework.exercise(assignmentId).myResponse()).isEmpty();
    }

    @Test
    void theCounselorSendsAnAnswerBackFromTheAnswersDialogAndThePartnerSeesWhyAboveTheForm() {
        myHomework.submit(assignmentId, Map.of(textQuestion(), "fine"), MyHomework.NO_ANSWER_YET);
        accounts.signInAs(counselorEmail, "", Role.COUNSELOR);
        var item = homework.homeworkItem(assignmentId);
        long responseId = item.responses().getFirst().id();
        new AnswersDialog(homework, library, homework.partnersOf(coupleId), item, () -> {}).open();

        test($(Button.class).id("return-send-" + responseId)).click();
        assertThat($(TextArea.class).id("return-reason-" + responseId).isInvalid())
                .as("a reason is required")
                .isTrue();
        test($(TextArea.class).id("return-reason-" + responseId)).setValue("What did “fine” mean?");
        test($(Button.class).id("return-send-" + responseId)).click();

        accounts.signInAs(alexEmail, "", Role.CLIENT);
        navigate("my/exercises/" + assignmentId, MyExerciseView.class);
        assertThat($(Paragraph.class).id("returned-reason").getText()).contains("What did “fine” mean?");
        assertThat($(Button.class).id("submit-answer").isVisible()).isTrue();
    }

    private long textQuestion() {
        return myHomework.exercise(assignmentId).exercise().prompts().stream()
                .filter(p -> p.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void tick() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
