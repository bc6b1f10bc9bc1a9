package app.dyad.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.ui.Formats;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.couples.ui.MyHomeView;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
    String samEmail;
    String counselorEmail;
    long coupleId;
    long assignmentId;

    @BeforeEach
    void anExerciseWithAWrittenAnswer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var counselor = accounts.ensure("ec-" + tag + "@test.dyad", "Counselor", Role.COUNSELOR);
        alexEmail = "ea-" + tag + "@test.dyad";
        accounts.ensure(alexEmail, "Alex", Role.CLIENT);
        samEmail = "es-" + tag + "@test.dyad";
        accounts.ensure(samEmail, "Sam", Role.CLIENT);
        accounts.signInAs("eadmin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        counselorEmail = counselor.email();
        coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails("Alex", tag, null, null, alexEmail, null, null),
                        new PartnerDetails("Sam", tag, null, null, samEmail, null, null),
                        null,
                        LocalDate.of(2026, 1, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
        assignmentId = assign(Visibility.SHARED);
        accounts.signInAs(alexEmail, "", Role.CLIENT);
    }

    /** An exercise with a written question for both partners, each answering, due on Christmas Eve. */
    private long assign(Visibility visibility) {
        accounts.signInAs(counselorEmail, "", Role.COUNSELOR);
        long exerciseId = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id ->
                        library.get(id).orElseThrow().prompts().stream().anyMatch(p -> p.kind() == PromptKind.TEXT))
                .findFirst()
                .orElseThrow();
        return homework.assign(
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
                                visibility))
                .getFirst();
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

    @Test
    void everySentenceSayingWhoReadsTheAnswerNamesTheCounselorBeforeAndAfterSubmitting() {
        for (Visibility visibility : Visibility.values()) {
            long id = assign(visibility);
            accounts.signInAs(alexEmail, "", Role.CLIENT);
            navigate("my/exercises/" + id, MyExerciseView.class);
            assertThat($(Paragraph.class).id("who-sees").getText())
                    .as("%s before submitting", visibility)
                    .containsIgnoringCase("counselor");
            myHomework.submit(id, Map.of(textQuestion(id), "Written"), MyHomework.NO_ANSWER_YET);
            navigate("my/exercises/" + id, MyExerciseView.class);
            assertThat($(Paragraph.class).id("who-sees").getText())
                    .as("%s once submitted", visibility)
                    .containsIgnoringCase("counselor");
        }
    }

    @Test
    void onceBothHaveSubmittedARevealedTogetherExerciseSaysTheAnswersAreNowShownToBoth() {
        long id = assign(Visibility.REVEAL_TOGETHER);
        accounts.signInAs(alexEmail, "", Role.CLIENT);
        myHomework.submit(id, Map.of(textQuestion(id), "Alex wrote"), MyHomework.NO_ANSWER_YET);
        navigate("my/exercises/" + id, MyExerciseView.class);
        assertThat($(Paragraph.class).id("who-sees").getText())
                .as("only one has submitted yet")
                .contains("once you have both submitted");

        accounts.signInAs(samEmail, "", Role.CLIENT);
        myHomework.submit(id, Map.of(textQuestion(id), "Sam wrote"), MyHomework.NO_ANSWER_YET);
        accounts.signInAs(alexEmail, "", Role.CLIENT);
        navigate("my/exercises/" + id, MyExerciseView.class);
        assertThat($(Paragraph.class).id("who-sees").getText())
                .isEqualTo(UI.getCurrent().getTranslation("my.exercise.who-now.REVEAL_TOGETHER.both"))
                .doesNotContain("once you have both submitted");
        assertThat($(Paragraph.class).withId("waiting-for-partner").all()).isEmpty();
    }

    @Test
    void afterTheRevealBothAnswersAreShownQuestionByQuestion() {
        long id = assign(Visibility.REVEAL_TOGETHER);
        accounts.signInAs(samEmail, "", Role.CLIENT);
        long question = textQuestion(id);
        String label = myHomework.exercise(id).exercise().prompts().stream()
                .filter(p -> p.id() == question)
                .findFirst()
                .orElseThrow()
                .label();
        myHomework.submit(id, Map.of(question, "Sam wrote this"), MyHomework.NO_ANSWER_YET);
        accounts.signInAs(alexEmail, "", Role.CLIENT);
        myHomework.submit(id, Map.of(question, "Alex wrote that"), MyHomework.NO_ANSWER_YET);

        navigate("my/exercises/" + id, MyExerciseView.class);

        Div both = $(Div.class).id("both-answers");
        Div first =
                $(Div.class, both).withClassName("dyad-both-answers-question").first();
        assertThat($(H4.class, first).single().getText()).isEqualTo(label);
        assertThat($(Div.class, first).withClassName("dyad-both-answers-line").all())
                .extracting(line -> line.getElement().getTextRecursively())
                .containsExactly("YouAlex wrote that", "Your partnerSam wrote this");
        assertThat($(Div.class).withClassName("dyad-answer").all())
                .as("not two whole forms side by side")
                .isEmpty();
    }

    @Test
    void aStartedExerciseReadsStartedOnTheClientsHomeNotJustDue() {
        navigate("my/exercises/" + assignmentId, MyExerciseView.class);
        test($(TextArea.class).first()).setValue("A first thought");
        test($(Button.class).id("save-draft")).click();

        navigate(MyHomeView.class);
        Div row = $(Div.class, $(VerticalLayout.class).id("my-exercises"))
                .withClassName("dyad-goal")
                .single();
        assertThat($(Span.class, row).withClassName("dyad-status").single().getText())
                .isEqualTo(UI.getCurrent()
                        .getTranslation("my.exercises.started", Formats.date(row, LocalDate.of(2026, 12, 24))));
    }

    private long textQuestion() {
        return textQuestion(assignmentId);
    }

    private long textQuestion(long id) {
        return myHomework.exercise(id).exercise().prompts().stream()
                .filter(p -> p.kind() == PromptKind.TEXT)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void tick() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
