package app.dyad.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.base.ClinicCalendar;
import app.dyad.couples.CoupleAdminService;
import app.dyad.exercises.Audience;
import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.HomeworkService;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.NewAssignment;
import app.dyad.exercises.PromptKind;
import app.dyad.exercises.Visibility;
import app.dyad.identity.Role;
import app.dyad.identity.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** On a 375 px phone a 1–10 scale is one row of ten boxes a thumb can hit, not two lines of small radios. */
class PhoneScaleIT extends BrowserJourney {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    HomeworkService homework;

    @Autowired
    ClinicCalendar calendar;

    @Test
    void theOneToTenScaleIsOneLineOnAPhone() {
        MayaClinic clinic = MayaClinic.create(accounts, admins);
        accounts.signInAs("maya-" + clinic.tag() + "@e2e.dyad", "", Role.COUNSELOR);
        long exercise = library.find(LibraryFilter.everything(), PageRequest.of(0, 100)).stream()
                .map(ExerciseSummary::id)
                .filter(id -> library.get(id).orElseThrow().prompts().stream()
                        .anyMatch(prompt -> prompt.kind() == PromptKind.SCALE))
                .findFirst()
                .orElseThrow();
        long assignment = homework.assign(
                        clinic.coupleId(),
                        UUID.randomUUID(),
                        new NewAssignment(
                                exercise,
                                Audience.BOTH_SEPARATELY,
                                null,
                                calendar.today().plusDays(3),
                                NewAssignment.Recurrence.ONCE,
                                1,
                                null,
                                Visibility.SHARED))
                .getFirst();
        TestAccounts.signOut();

        try (BrowserContext phone = context(375, 740)) {
            Page page = signedIn(phone, "alex-" + clinic.tag() + "@e2e.dyad", TestAccounts.PASSWORD, "my");
            page.navigate(url("my/exercises/" + assignment));
            Locator options = page.locator(".dyad-scale").first().locator("vaadin-radio-button");
            options.nth(6).click();

            List<?> tops =
                    (List<?>) options.evaluateAll("bs => bs.map(b => Math.round(b.getBoundingClientRect().top))");
            assertThat(tops).as("the tops of 1 to 10").hasSize(10);
            assertThat(tops.stream().distinct()).as("one line").hasSize(1);
            Object widest = options.evaluateAll("bs => Math.min(...bs.map(b => b.getBoundingClientRect().width))");
            assertThat(((Number) widest).doubleValue())
                    .as("each box wide enough for a thumb")
                    .isGreaterThan(24);
            assertThat(options.nth(6).getAttribute("checked")).isNotNull();
            BrowserSupport.screenshot(page, "scale-one-line-phone");
        }
    }
}
