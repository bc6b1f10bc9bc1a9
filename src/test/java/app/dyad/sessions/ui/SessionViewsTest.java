package app.dyad.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.ClinicCalendar;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.base.ui.Autosave;
import app.dyad.base.ui.Formats;
import app.dyad.base.ui.NotAvailableView;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.couples.ui.CoupleView;
import app.dyad.couples.ui.MyHomeView;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteDraft;
import app.dyad.sessions.NoteService;
import app.dyad.sessions.NoteTemplate;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The session screens without a browser: scheduling, the note's autosave, conflicts, signing, agenda, client home. */
@DyadSpringTest
class SessionViewsTest extends SpringBrowserlessTest {

    @Autowired
    AppointmentService sessions;

    @Autowired
    NoteService notes;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    ClinicCalendar calendar;

    SessionsClinic clinic;
    long heldYesterday;

    @BeforeEach
    void clinic() {
        clinic = new SessionsClinic(accounts, admins, couples);
        heldYesterday = clinic.sessionHeldYesterday(sessions, calendar);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private LocalDate today() {
        return SessionsClinic.today(calendar);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private NoteEditor openNote(long sessionId) {
        navigate("sessions/" + sessionId + "/note", SessionNoteView.class);
        return $(NoteEditor.class).single();
    }

    private static void autosaveTick() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void aSecondSessionForTheSameCoupleAtThatTimeIsNamedAsADoubleBookingInAWarningThatWraps() throws IOException {
        LocalDate day = today().plusDays(12);
        sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(day, LocalTime.of(14, 0), 50, SessionFormat.IN_PERSON, null, null));
        navigate("couples/" + clinic.coupleOne, CoupleView.class);
        openSessionsTab();
        test($(Button.class).id("schedule-session")).click();
        ScheduleDialog dialog = $(ScheduleDialog.class).single();

        test(dialog.date).setValue(day);
        test(dialog.start).setValue(LocalTime.of(14, 30));
        Instant from = day.atTime(14, 0).atZone(Formats.clinicZone()).toInstant();
        assertThat(dialog.overlapWarning.isVisible()).isTrue();
        assertThat(dialog.overlapWarning.getText())
                .as("the same couple, by name, with the time and day of the session they already have")
                .contains("already have a session at "
                        + SessionText.time(dialog, from) + "–"
                        + SessionText.time(dialog, from.plus(Duration.ofMinutes(50))) + " on ")
                .contains(Formats.date(dialog, day))
                .doesNotContain("another of your sessions");

        assertThat(dialog.overlapWarning.hasClassName("dyad-status-wrap"))
                .as("the warning may wrap inside the dialog")
                .isTrue();
        try (InputStream css = getClass().getResourceAsStream("/META-INF/resources/themes/dyad/styles.css")) {
            assertThat(new String(css.readAllBytes(), StandardCharsets.UTF_8))
                    .containsPattern("\\.dyad-status-wrap \\{[^}]*white-space: normal;[^}]*max-width: 100%;");
        }

        // still the counselor's call: it is a warning, the session can be saved
        test($(Button.class).id("schedule-save")).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void theCounselorSchedulesFromTheSessionsTabAndIsWarnedOfAnOverlapWhileChoosingTheTime() {
        LocalDate day = today().plusDays(12);
        sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(day, LocalTime.of(10, 0), 50, SessionFormat.IN_PERSON, null, null));
        navigate("couples/" + clinic.coupleOne, CoupleView.class);
        openSessionsTab();
        test($(Button.class).id("schedule-session")).click();
        ScheduleDialog dialog = $(ScheduleDialog.class).single();

        test(dialog.date).setValue(day);
        test(dialog.start).setValue(LocalTime.of(10, 30));
        assertThat(dialog.overlapWarning.isVisible()).isTrue();
        assertThat(dialog.overlapWarning.getText()).contains("Ada & Bea");
        test(dialog.start).setValue(LocalTime.of(14, 0));
        assertThat(dialog.overlapWarning.isVisible()).isFalse();
        test(dialog.duration).setValue(5);
        test($(Button.class).id("schedule-save")).click();
        assertThat(dialog.duration.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.duration).setValue(60);
        test($(Button.class).id("schedule-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isEqualTo(3);
        assertThat(text($(Div.class).id("session-list"))).contains("Both partners");
    }

    @Test
    void theDraftIsSavedOnEachAutosaveTickAndWhenLeavingAndIsThereOnReturn() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("Typed before the tick");
        autosaveTick();
        assertThat(notes.open(heldYesterday).sections()).containsEntry("data", "Typed before the tick");
        assertThat(editor.saveState.getText()).startsWith("Draft saved at");

        test(editor.sections.get("plan")).setValue("Typed just before leaving");
        navigate(AgendaView.class);
        assertThat(notes.open(heldYesterday).sections()).containsEntry("plan", "Typed just before leaving");

        NoteEditor reopened = openNote(heldYesterday);
        assertThat(reopened.sections.get("data").getValue()).isEqualTo("Typed before the tick");
        assertThat(reopened.sections.get("plan").getValue()).isEqualTo("Typed just before leaving");
    }

    @Test
    void autosavePausesAfterTenQuietMinutesSoTheIdleTimeoutStillAppliesAndTypingResumesIt() {
        NoteEditor editor = openNote(heldYesterday);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Autosave.INTERVAL_MILLIS);
        test(editor.sections.get("data")).setValue("Then the phone rang");
        clock.advance(Duration.ofMinutes(11));
        autosaveTick();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(notes.open(heldYesterday).sections()).containsEntry("data", "Then the phone rang");

        test(editor.sections.get("data")).setValue("Then the phone rang. Back now.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Autosave.INTERVAL_MILLIS);
        autosaveTick();
        assertThat(notes.open(heldYesterday).sections()).containsEntry("data", "Then the phone rang. Back now.");
    }

    @Test
    void aSaveAfterAnotherTabSavedShowsBothTextsAndKeepingBothLosesNeither() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("Written in this tab");
        notes.saveDraft(
                heldYesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, Map.of("data", "Written in the other tab"), -1));

        autosaveTick();
        ConflictDialog conflict = $(ConflictDialog.class).single();
        assertThat(editor.saveState.getText()).isEqualTo("Not saved: this note was changed elsewhere");
        assertThat(notes.open(heldYesterday).sections()).containsEntry("data", "Written in the other tab");
        test($(Button.class).id("conflict-keep-both")).click();

        assertThat(conflict.isOpened()).isFalse();
        assertThat(notes.open(heldYesterday).sections().get("data"))
                .contains("Written in the other tab")
                .contains("Written in this tab");
    }

    @Test
    void whenTheOtherTabChoseAnotherTemplateKeepingBothPutsThisPagesTextIntoTheSavedNote() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("Mine, in the DAP data");
        notes.saveDraft(heldYesterday, new NoteDraft(NoteTemplate.FREE_FORM, Map.of("text", "Theirs, free-form"), -1));

        autosaveTick();
        test($(Button.class).id("conflict-keep-both")).click();

        assertThat(editor.template.getValue()).isEqualTo(NoteTemplate.FREE_FORM);
        assertThat(notes.open(heldYesterday).sections().get("text"))
                .contains("Theirs, free-form")
                .contains("Mine, in the DAP data");
    }

    @Test
    void usingTheSavedTextShowsItAndSavesNothingOfThisPage() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("Typed here");
        notes.saveDraft(heldYesterday, new NoteDraft(NoteTemplate.COUPLES_DAP, Map.of("data", "Saved elsewhere"), -1));

        autosaveTick();
        test($(Button.class).id("conflict-keep-saved")).click();

        assertThat(editor.sections.get("data").getValue()).isEqualTo("Saved elsewhere");
        assertThat(notes.open(heldYesterday).sections()).containsEntry("data", "Saved elsewhere");
    }

    @Test
    void aNoteSignedInAnotherTabShowsSignedWithThisPagesUnsavedTextReadyAsAnAddendum() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("First words");
        autosaveTick();
        var current = notes.open(heldYesterday);
        notes.sign(
                heldYesterday,
                new NoteDraft(NoteTemplate.COUPLES_DAP, current.sections(), current.version()),
                TestAccounts.PASSWORD);

        test(editor.sections.get("data")).setValue("First words, and a late thought");
        autosaveTick();

        SignedNotePanel signed = $(SignedNotePanel.class).single();
        assertThat(signed.addendum.getValue()).contains("First words, and a late thought");
        assertThat(notes.open(heldYesterday).sections()).containsEntry("data", "First words");
    }

    @Test
    void signingAsksForThePasswordThenShowsTheNoteLockedWithItsAddenda() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("What happened");
        test($(Button.class).id("note-sign")).click();
        SignDialog sign = $(SignDialog.class).single();
        test(sign.password).setValue("wrong password");
        test($(Button.class).id("sign-confirm")).click();
        assertThat(sign.password.isInvalid()).isTrue();
        assertThat(sign.isOpened()).isTrue();
        assertThat(notes.open(heldYesterday).isSigned()).isFalse();

        test(sign.password).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("sign-confirm")).click();

        assertThat($(NoteEditor.class).all()).isEmpty();
        SignedNotePanel signed = $(SignedNotePanel.class).single();
        assertThat(text(signed)).contains("What happened").contains("Matches its signature");
        test(signed.addendum).setValue("A later correction");
        test($(Button.class).id("addendum-sign")).click();
        SignDialog addendumSign = $(SignDialog.class).single();
        test(addendumSign.password).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("sign-confirm")).click();
        assertThat(text($(SignedNotePanel.class).single())).contains("A later correction");
    }

    @Test
    void anEmptyAddendumIsSaidNextToItsFieldBeforeAnyPasswordIsAsked() {
        notes.sign(
                heldYesterday,
                new NoteDraft(NoteTemplate.COUPLES_DAP, Map.of("data", "What happened"), -1),
                TestAccounts.PASSWORD);
        navigate("sessions/" + heldYesterday + "/note", SessionNoteView.class);
        SignedNotePanel signed = $(SignedNotePanel.class).single();

        test($(Button.class).id("addendum-sign")).click();

        assertThat($(SignDialog.class).all())
                .as("no password asked for an empty addendum")
                .isEmpty();
        assertThat(signed.addendum.isInvalid()).isTrue();
        assertThat(signed.addendum.getErrorMessage()).startsWith("Write the addendum before signing it");
        assertThat(notes.open(heldYesterday).addenda()).isEmpty();
    }

    @Test
    void aRefusalThatIsNotAboutThePasswordKeepsTheTypedPassword() {
        openNote(heldYesterday); // nothing written: signing is refused for the empty note
        test($(Button.class).id("note-sign")).click();
        SignDialog sign = $(SignDialog.class).single();
        test(sign.password).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("sign-confirm")).click();

        assertThat(sign.problem.isVisible()).isTrue();
        assertThat(sign.password.getValue()).isEqualTo(TestAccounts.PASSWORD);
        assertThat(sign.password.isInvalid()).isFalse();
    }

    @Test
    void keepingBothTextsInTwoConflictsInARowKeepsEachTabsWordsOnce() {
        NoteEditor editor = openNote(heldYesterday);
        test(editor.sections.get("data")).setValue("Alex spoke first.");
        autosaveTick();
        long seen = notes.open(heldYesterday).version();
        // the other tab had typed too; its save met this one's, and it kept both
        notes.saveDraft(
                heldYesterday,
                new NoteDraft(NoteTemplate.COUPLES_DAP, Map.of("data", "Alex spoke first.\n\nSam listened."), seen));

        test(editor.sections.get("data")).setValue("Alex spoke first.\n\nA plan.");
        autosaveTick();
        test($(Button.class).id("conflict-keep-both")).click();
        assertThat(notes.open(heldYesterday).sections().get("data"))
                .isEqualTo("Alex spoke first.\n\nSam listened.\n\nA plan.");

        // and again: the other tab adds a line, this one too, and this one keeps both once more
        long now = notes.open(heldYesterday).version();
        notes.saveDraft(
                heldYesterday,
                new NoteDraft(
                        NoteTemplate.COUPLES_DAP,
                        Map.of("data", "Alex spoke first.\n\nSam listened.\n\nA plan.\n\nSam agreed."),
                        now));
        test(editor.sections.get("data"))
                .setValue("Alex spoke first.\n\nSam listened.\n\nA plan.\n\nHomework: check-ins.");
        autosaveTick();
        test($(Button.class).id("conflict-keep-both")).click();
        assertThat(notes.open(heldYesterday).sections().get("data"))
                .isEqualTo("Alex spoke first.\n\nSam listened.\n\nA plan.\n\nSam agreed.\n\nHomework: check-ins.");
    }

    @Test
    void theScheduleButtonDisablesAtTheClickAndAPastTimeIsRecordedOnlyWhenTicked() {
        navigate("couples/" + clinic.coupleOne, CoupleView.class);
        openSessionsTab();
        test($(Button.class).id("schedule-session")).click();
        ScheduleDialog dialog = $(ScheduleDialog.class).single();
        Button save = $(Button.class).id("schedule-save");
        assertThat(save.isDisableOnClick()).isTrue();
        long before = sessions.countSessionsOfCouple(clinic.coupleOne);

        test(dialog.date).setValue(today().minusDays(7));
        test(save).click();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).startsWith("This time has already passed.");
        assertThat(save.isEnabled()).as("enabled again to retry").isTrue();

        test(dialog.recordPast).click();
        test(save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(save.isEnabled()).as("the click disabled it").isFalse();
        assertThat(sessions.countSessionsOfCouple(clinic.coupleOne)).isEqualTo(before + 1);
    }

    @Test
    void theAgendaShowsTheWeekAsSevenDayColumnsAndMarksToday() {
        sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(today(), LocalTime.of(23, 0), 30, SessionFormat.PHONE, null, clinic.bea));
        navigate(AgendaView.class);

        assertThat($(Div.class).withClassName("dyad-cal-day").all()).hasSize(7);
        Div highlighted = $(Div.class)
                .withClassName("dyad-cal-today")
                .withClassName("dyad-cal-day")
                .single();
        assertThat(text(highlighted)).contains("Ada & Bea").contains("Bea only");
        assertThat($(Div.class)
                        .withClassName("dyad-cal-head")
                        .withClassName("dyad-cal-today")
                        .single())
                .satisfies(head -> assertThat(text(head)).contains("Today"));
    }

    @Test
    void aClientSeesTheirNextSessionOnTheirHomeButNeverANote() {
        long next = sessions.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(
                        today().plusDays(2),
                        LocalTime.of(18, 0),
                        50,
                        SessionFormat.VIDEO,
                        "https://meet.example.org/ada-bea",
                        null));
        clinic.asClient("ada");
        navigate(MyHomeView.class);
        assertThat(text($(VerticalLayout.class).id("my-sessions")))
                .contains("Video")
                .contains("Join the video call");

        navigate("sessions/" + next + "/note", AccessDeniedView.class);
        clinic.asCounselorTwo();
        navigate("sessions/" + heldYesterday + "/note", NotAvailableView.class);
        clinic.asAdmin();
        navigate("sessions/" + heldYesterday + "/note", AccessDeniedView.class);
    }

    /** Selects the couple page's Sessions tab by its name, wherever other modules' tabs put it. */
    private void openSessionsTab() {
        TabSheet tabs = $(TabSheet.class).single();
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals("Sessions")) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }
}
