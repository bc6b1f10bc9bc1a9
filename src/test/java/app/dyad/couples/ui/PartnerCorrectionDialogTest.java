package app.dyad.couples.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.couples.AdminCoupleRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerCorrection;
import app.dyad.couples.PartnerCorrections;
import app.dyad.couples.PartnerDetails;
import app.dyad.couples.PartnerView;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin corrects a partner from the couples list: one click on the name, messages next to the fields. */
@DyadSpringTest
class PartnerCorrectionDialogTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    PartnerCorrections corrections;

    String tag;
    long coupleId;

    @BeforeEach
    void couple() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        SignedInUser counselor = accounts.ensure("co-" + tag + "@test.dyad", "Co " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        coupleId = admins.createCouple(new NewCouple(
                        new PartnerDetails(
                                "Noor" + tag, "Haddad", null, null, "noor-" + tag + "@test.dyad", null, null),
                        new PartnerDetails("Eli" + tag, "Haddad", null, null, null, null, null),
                        null,
                        LocalDate.of(2026, 3, 1),
                        CoupleStatus.ACTIVE,
                        counselor.accountId()))
                .coupleId();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private PartnerCorrectionDialog openNoor() {
        navigate(AdminCouplesView.class);
        test(find(TextField.class).id("couple-search")).setValue("Noor" + tag);
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couples =
                test((Grid<AdminCoupleRow>) find(Grid.class).id("couples"));
        test(CouplesViewsTest.buttons(couples, "partners").getFirst()).click();
        return find(PartnerCorrectionDialog.class).single();
    }

    private PartnerView noorNow() {
        return corrections.partnersOf(coupleId).getFirst();
    }

    @Test
    void oneClickOnTheNameOpensTheirDetailsAndSavingCorrectsThem() {
        PartnerCorrectionDialog dialog = openNoor();
        assertThat(dialog.fields.lastName.getValue()).isEqualTo("Haddad");
        assertThat(dialog.fields.email.getValue()).isEqualTo("noor-" + tag + "@test.dyad");

        test(dialog.fields.lastName).setValue("Haddad-Salem");
        test(dialog.fields.phone).setValue("+44 7700 900123");
        test(find(Button.class).id("correct-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(noorNow().details().lastName()).isEqualTo("Haddad-Salem");
        assertThat(noorNow().details().phone()).isEqualTo("+44 7700 900123");
        assertThat(find(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo(dialog.getTranslation("couples.corrected", "Noor" + tag + " Haddad-Salem"));
    }

    @Test
    void aWrongEmailAndAnEmptyNameAreShownNextToTheirFieldsAndNothingIsSaved() {
        PartnerCorrectionDialog dialog = openNoor();
        test(dialog.fields.firstName).setValue("");
        test(dialog.fields.email).setValue("noor-at-example");
        test(find(Button.class).id("correct-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fields.firstName.isInvalid()).isTrue();
        assertThat(dialog.fields.firstName.getErrorMessage()).isEqualTo(dialog.getTranslation("validation.required"));
        assertThat(dialog.fields.email.isInvalid()).isTrue();
        assertThat(dialog.fields.lastName.isInvalid()).isFalse();
        assertThat(noorNow().details().firstName()).isEqualTo("Noor" + tag);
    }

    @Test
    void aCorrectionSavedMeanwhileIsShownInsteadOfOverwritten() {
        PartnerCorrectionDialog dialog = openNoor();
        PartnerView seen = noorNow();
        PartnerDetails d = seen.details();
        corrections.correctPartner(
                coupleId,
                new PartnerCorrection(
                        seen.id(),
                        seen.version(),
                        new PartnerDetails(d.firstName(), "Meanwhile", null, null, d.email(), null, null)));

        test(dialog.fields.lastName).setValue("Mine");
        test(find(Button.class).id("correct-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.fields.lastName.getValue()).isEqualTo("Meanwhile");
        assertThat(noorNow().details().lastName()).isEqualTo("Meanwhile");
    }
}
