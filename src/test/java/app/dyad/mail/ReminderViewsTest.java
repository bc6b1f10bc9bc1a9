package app.dyad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleService;
import app.dyad.identity.MyReminders;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import app.dyad.sessions.AppointmentService;
import app.dyad.sessions.SessionFormat;
import app.dyad.sessions.SessionPlan;
import app.dyad.sessions.SessionsClinic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder switches on /account (only the kinds of one's role) and "Add to calendar" on the client's home. */
@DyadSpringTest
class ReminderViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MyReminders myReminders;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    AppointmentService appointments;

    @Autowired
    ClinicCalendar calendar;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aClientSwitchesTheirOwnKindsOnTheAccountPage() {
        accounts.signInAs(email(), "Client", Role.CLIENT);
        navigate("account", Component.class);

        assertThat($(Checkbox.class).all())
                .extracting(Component::getId)
                .extracting(id -> id.orElseThrow())
                .containsExactly(
                        "reminder-checkin-due",
                        "reminder-homework-due",
                        "reminder-homework-overdue",
                        "reminder-session-tomorrow");
        test($(Checkbox.class).id("reminder-session-tomorrow")).click();

        assertThat(myReminders.choices())
                .allSatisfy(choice ->
                        assertThat(choice.on()).isEqualTo(!choice.kind().equals("session-tomorrow")));
    }

    @Test
    void aCounselorSeesTheDigestOnly() {
        accounts.signInAs(email(), "Counselor", Role.COUNSELOR);
        navigate("account", Component.class);
        assertThat($(Checkbox.class).all())
                .extracting(Checkbox::getLabel)
                .containsExactly("Daily digest of unsigned notes");
    }

    @Test
    void anAdminHasNoReminders() {
        accounts.signInAs(email(), "Admin", Role.ADMIN);
        navigate("account", Component.class);
        assertThat($(Checkbox.class).all()).isEmpty();
    }

    @Test
    void eachComingSessionOnTheClientsHomeCanBeAddedToACalendar() {
        SessionsClinic clinic = new SessionsClinic(accounts, admins, couples);
        clinic.asCounselorOne();
        long session = appointments.schedule(
                clinic.coupleOne,
                UUID.randomUUID(),
                new SessionPlan(
                        calendar.today().plusDays(3),
                        LocalTime.of(11, 0),
                        50,
                        SessionFormat.IN_PERSON,
                        "Room 2",
                        null));
        clinic.asClient("ada");

        navigate("my", Component.class);

        Anchor add = $(Anchor.class).id("add-to-calendar-" + session);
        assertThat(add.getText()).isEqualTo("Add to calendar");
        assertThat(add.getHref()).isNotBlank();
    }

    private static String email() {
        return "rv-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
    }
}
