package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.MyHomework;
import app.dyad.identity.ForgottenPasswordService;
import app.dyad.identity.MyReminders;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.spi.ReminderKind;
import app.dyad.safety.NewPrivateMessage;
import app.dyad.safety.PrivateChannel;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.NoteService;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminder run, end to end over SMTP: each kind reaches the right people with the right link and nothing
 * clinical; nothing in quiet hours; once however often and however many nodes run it; a person's "off" holds.
 */
@DyadSpringTest
class RemindersTest {

    @Autowired
    Reminders reminders;

    @Autowired
    MailDelivery delivery;

    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    TestClock clock;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MyReminders myReminders;

    @Autowired
    ReminderKinds kinds;

    @Autowired
    MailTexts texts;

    @Autowired
    PrivateChannel privateChannel;

    @Autowired
    ForgottenPasswordService forgottenPasswords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    HomeworkService homework;

    @Autowired
    MyHomework myHomework;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    AppointmentService appointments;

    @Autowired
    NoteService notes;

    @Value("${dyad.public-url}")
    String publicUrl;

    ReminderClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new ReminderClinic(
                accounts, admins, couples, homework, myHomework, library, appointments, notes, calendar);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void eachKindReachesItsPeopleWithItsLinkAndNothingClinical() throws Exception {
        send(clinic.today, LocalTime.of(11, 0));
        send(clinic.today.plusDays(2), LocalTime.of(11, 0));

        // Ada answered: no homework reminder for her; Bea did not: due tomorrow, then overdue the day after
        assertThat(subjects(clinic.ada())).containsExactly("Your counselling session is tomorrow");
        assertThat(subjects(clinic.bea()))
                .containsExactlyInAnyOrder(
                        "You have homework due tomorrow in Dyad",
                        "Your counselling session is tomorrow",
                        "Your counselling session is tomorrow",
                        "Homework in Dyad is past its due date");
        // a daily digest: the note is still unsigned on both days
        assertThat(subjects(clinic.counselor()))
                .containsExactly(
                        "Session notes waiting for your signature in Dyad",
                        "Session notes waiting for your signature in Dyad");

        assertThat(text(only(clinic.bea(), "You have homework"))).contains(publicUrl + "/my");
        assertThat(text(only(clinic.bea(), "Homework in Dyad"))).contains(publicUrl + "/my");
        MimeMessage digest = to(clinic.counselor()).getFirst();
        assertThat(text(digest)).contains("one session note is still unsigned").contains(publicUrl + "/sessions");
        for (MimeMessage mail : all()) {
            assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + publicUrl + "/mail/unsubscribe/");
            assertThat(text(mail)).contains(publicUrl + "/unsubscribe/").contains(publicUrl + "/account");
            assertThat(text(mail) + mail.getSubject()).as(mail.getSubject()).doesNotContain(clinic.clinical());
        }
    }

    @Test
    void aPartnerIsNotToldOfTheOthersIndividualSessionAndTheIcsHasTheSessionsTime() throws Exception {
        send(clinic.today, LocalTime.of(9, 0));

        List<VEvent> adas = events(clinic.ada());
        List<VEvent> beas = events(clinic.bea());
        Instant jointStart = calendar.at(clinic.today.plusDays(1), LocalTime.of(10, 0));
        Instant individualStart = calendar.at(clinic.today.plusDays(1), LocalTime.of(14, 0));
        assertThat(adas).singleElement().satisfies(event -> {
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(jointStart);
            assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(jointStart.plusSeconds(50 * 60));
            assertThat(event.getUid().getValue()).isEqualTo("session-" + clinic.jointSession + "@dyad");
            assertThat(event.getLocation().getValue()).isEqualTo("Video · " + clinic.place);
            assertThat(event.getSummary().getValue()).isEqualTo("Counselling session");
        });
        assertThat(beas)
                .extracting(event -> event.getDateStart().getValue().toInstant())
                .containsExactlyInAnyOrder(jointStart, individualStart);
        assertThat(text(only(clinic.ada(), "Your counselling"))).contains("Video, " + clinic.place);
    }

    @Test
    void nothingIsQueuedInQuietHoursOrBeforeTheSendTime() throws Exception {
        for (LocalTime time :
                List.of(LocalTime.of(21, 0), LocalTime.of(23, 30), LocalTime.of(2, 0), LocalTime.of(8, 59))) {
            assertThat(send(clinic.today, time)).as(time.toString()).isZero();
        }
        assertThat(subjects(clinic.bea())).isEmpty();
        assertThat(subjects(clinic.counselor())).isEmpty();

        // a node that was down at 09:00 catches up later the same day
        assertThat(send(clinic.today, LocalTime.of(20, 50))).isPositive();
        assertThat(subjects(clinic.bea())).isNotEmpty();
    }

    @Test
    void runTwiceAndOnTwoNodesAtOnceEachReminderIsSentOnce() throws Exception {
        Instant moment = calendar.at(clinic.today, LocalTime.of(9, 10));
        clock.set(moment);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return reminders.sendDue(moment);
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        send(clinic.today, LocalTime.of(9, 20));
        send(clinic.today, LocalTime.of(15, 0));

        assertThat(subjects(clinic.bea())).hasSize(3);
        assertThat(subjects(clinic.ada())).hasSize(1);
        assertThat(subjects(clinic.counselor())).hasSize(1);
    }

    @Test
    void aKindTurnedOffIsNotSentAndTheOtherKindsStillAre() throws Exception {
        accounts.signInAs(clinic.bea(), "", Role.CLIENT);
        myReminders.choose("homework-due", false);
        accounts.signInAs(clinic.counselor(), "", Role.COUNSELOR);
        myReminders.choose("notes-unsigned", false);
        TestAccounts.signOut();

        send(clinic.today, LocalTime.of(11, 0));

        assertThat(subjects(clinic.bea()))
                .containsExactly("Your counselling session is tomorrow", "Your counselling session is tomorrow");
        assertThat(subjects(clinic.counselor())).isEmpty();
    }

    /** "Please don't contact me by e-mail" (a private message's wish): no mail of any kind, queued ones included. */
    @Test
    void aPartnerWhoAskedForNoEmailGetsNoneOfAnyKindAndTheOtherStillGetsTheirs() throws Exception {
        clock.set(calendar.at(clinic.today, LocalTime.of(11, 0)));
        int queued = reminders.sendDue(clock.instant()); // Bea's reminders are queued, not yet sent
        assertThat(queued).isPositive();
        accounts.signInAs(clinic.bea(), "", Role.CLIENT);
        privateChannel.send(new NewPrivateMessage(UUID.randomUUID(), "", false, false, true, false));
        TestAccounts.signOut();
        forgottenPasswords.requestReset(clinic.bea());

        for (int run = 0; run < 3; run++) {
            delivery.deliverDue();
        }
        send(clinic.today.plusDays(2), LocalTime.of(11, 0));

        assertThat(subjects(clinic.bea())).isEmpty();
        assertThat(subjects(clinic.ada())).containsExactly("Your counselling session is tomorrow");
        assertThat(subjects(clinic.counselor())).isNotEmpty();
    }

    @Test
    void aDeactivatedPersonGetsNoReminder() throws Exception {
        jdbc.sql("update user_account set status = 'DEACTIVATED' where email = :email")
                .param("email", clinic.bea())
                .update();

        send(clinic.today, LocalTime.of(9, 0));

        assertThat(subjects(clinic.bea())).isEmpty();
        assertThat(subjects(clinic.ada())).hasSize(1);
    }

    /** A case closed (after a separation, say) or paused: its leftover sessions remind nobody, homework neither. */
    @Test
    void aClosedOrPausedCaseRemindsItsPartnersOfNothing() throws Exception {
        jdbc.sql("update couple set status = 'CLOSED' where id = :id")
                .param("id", clinic.clinic.coupleOne)
                .update();

        send(clinic.today, LocalTime.of(9, 0));

        assertThat(subjects(clinic.ada())).isEmpty();
        assertThat(subjects(clinic.bea())).isEmpty();
    }

    @Test
    void everyKindHasANameForTheAccountPageAndTheUnsubscribePage() {
        List<ReminderKind> all = new ArrayList<>(kinds.forAudience("CLIENT"));
        all.addAll(kinds.forAudience("COUNSELOR"));
        assertThat(all)
                .extracting(ReminderKind::code)
                .containsExactlyInAnyOrder(
                        "checkin-due", "homework-due", "homework-overdue", "session-tomorrow", "notes-unsigned");
        for (ReminderKind kind : all) {
            assertThat(texts.text(kind.labelKey())).as(kind.code()).isNotBlank();
        }
        assertThat(kinds.forAudience("ADMIN")).isEmpty();
    }

    private int send(LocalDate day, LocalTime time) {
        Instant moment = calendar.at(day, time);
        clock.set(moment);
        int queued = reminders.sendDue(moment);
        // a run sends at most 20,000 mails; after the property test the whole test clinic has more than that due
        for (int run = 0; run < 3; run++) {
            delivery.deliverDue();
        }
        return queued;
    }

    private List<MimeMessage> all() throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (String address : List.of(clinic.ada(), clinic.bea(), clinic.counselor())) {
            found.addAll(to(address));
        }
        return found;
    }

    private List<String> subjects(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : to(address)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    private MimeMessage only(String address, String subjectStart) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : to(address)) {
            if (mail.getSubject().startsWith(subjectStart)) {
                found.add(mail);
            }
        }
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<VEvent> events(String address) throws Exception {
        List<VEvent> events = new ArrayList<>();
        for (MimeMessage mail : to(address)) {
            for (String ics : attachments(mail)) {
                ICalendar calendarFile = Biweekly.parse(ics).first();
                assertThat(calendarFile).isNotNull();
                events.addAll(calendarFile.getEvents());
            }
        }
        return events;
    }

    private List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailServer.received()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The whole text of a mail: its body and every attachment. */
    static String text(MimeMessage mail) throws MessagingException, IOException {
        Object content = mail.getContent();
        if (content instanceof String body) {
            return body;
        }
        StringBuilder text = new StringBuilder();
        Multipart parts = (Multipart) content;
        collect(parts, text);
        return text.toString();
    }

    private static void collect(Multipart parts, StringBuilder text) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            Object content = part.getContent();
            if (content instanceof Multipart nested) {
                collect(nested, text);
            } else if (content instanceof String string) {
                text.append(string).append('\n');
            } else if (content instanceof InputStream stream) {
                text.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
    }

    private static List<String> attachments(MimeMessage mail) throws MessagingException, IOException {
        List<String> files = new ArrayList<>();
        if (mail.getContent() instanceof Multipart parts) {
            attachments(parts, files);
        }
        return files;
    }

    private static void attachments(Multipart parts, List<String> files) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                attachments(nested, files);
            } else if (part.getFileName() != null) {
                Object content = part.getContent();
                files.add(
                        content instanceof InputStream stream
                                ? new String(stream.readAllBytes(), StandardCharsets.UTF_8)
                                : content.toString());
            }
        }
    }
}
