package app.dyad.couples.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.TestClock;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.couples.AdminCoupleRow;
import app.dyad.couples.CoupleAdminService;
import app.dyad.couples.CoupleCreated;
import app.dyad.couples.CoupleStatus;
import app.dyad.couples.NewCouple;
import app.dyad.couples.PartnerDetails;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.InvitationService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DyadSpringTest
class CouplesViewsTest extends SpringBrowserlessTest {

    @Autowired
    Mailbox mailbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    AccountAdminService accountAdmin;

    @Autowired
    InvitationService invitations;

    @Autowired
    TestClock clock;

    String tag;
    SignedInUser maya;
    SignedInUser jon;
    long mayasCouple;
    String alexisInvitation;

    @BeforeEach
    void clinic() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        maya = accounts.ensure("maya-" + tag + "@test.dyad", "Maya " + tag, Role.COUNSELOR);
        jon = accounts.ensure("jon-" + tag + "@test.dyad", "Jon " + tag, Role.COUNSELOR);
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        CoupleCreated created = admins.createCouple(new NewCouple(
                new PartnerDetails("Alexis" + tag, "Lindqvist", null, null, "alexis-" + tag + "@test.dyad", null, null),
                new PartnerDetails("Samir" + tag, "Lindqvist", null, null, null, null, null),
                null,
                LocalDate.of(2026, 3, 1),
                CoupleStatus.ACTIVE,
                maya.accountId()));
        mayasCouple = created.coupleId();
        alexisInvitation = mailbox.token("alexis-" + tag + "@test.dyad", "invitation");
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReassignDialogStartsFromTheCurrentCounselor() {
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        navigate(AdminCouplesView.class);
        test(find(TextField.class).id("couple-search")).setValue("Alexis" + tag);
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couples =
                test((Grid<AdminCoupleRow>) find(Grid.class).id("couples"));
        assertThat(couples.size()).isEqualTo(1);

        test(action(couples, "reassign")).click();

        ComboBox<AccountSummary> counselor = find(ComboBox.class).id("reassign-counselor");
        assertThat(counselor.getValue()).as("the couple's counselor now").isNotNull();
        assertThat(counselor.getValue().id()).isEqualTo(maya.accountId());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> adminsListOfAlexisAndSamir() {
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        navigate(AdminCouplesView.class);
        test(find(TextField.class).id("couple-search")).setValue("Alexis" + tag);
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couples =
                test((Grid<AdminCoupleRow>) find(Grid.class).id("couples"));
        assertThat(couples.size()).isEqualTo(1);
        return couples;
    }

    /** The visible buttons of a row's cell, e.g. its actions or its partners. */
    static List<Button> buttons(GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> grid, String column) {
        return grid.getCellComponent(0, column)
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(Button::isVisible)
                .toList();
    }

    static Button action(GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> grid, String name) {
        return List.of("actions", "partners").stream()
                .flatMap(column -> buttons(grid, column).stream())
                .filter(b -> b.hasClassName("dyad-action-" + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible " + name + " button on the row"));
    }

    private CoupleStatus statusNow() {
        return admins.findCouples("Alexis" + tag, PageRequest.of(0, 1))
                .getFirst()
                .status();
    }

    @Test
    void everyActionOnACoupleIsAButtonOnItsRowNotAMenu() {
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couples = adminsListOfAlexisAndSamir();
        assertThat(couples.getCellComponent(0, "actions")).isNotInstanceOf(MenuBar.class);
        assertThat(buttons(couples, "partners"))
                .extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly(
                        translate("couples.correct.for", "Alexis" + tag + " Lindqvist"),
                        translate("couples.correct.for", "Samir" + tag + " Lindqvist"));
        String caseName = "Alexis" + tag + " & Samir" + tag;
        assertThat(buttons(couples, "actions"))
                .extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly(
                        translate("couples.reassign.for", caseName),
                        translate("couples.pause.for", caseName),
                        translate("couples.close.for", caseName));
    }

    @Test
    void closingACaseAsksFirstNamingTheCoupleAndCancellingChangesNothing() {
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couples = adminsListOfAlexisAndSamir();
        test(action(couples, "close")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains("Alexis" + tag + " & Samir" + tag);
        confirm.close();
        assertThat(statusNow()).isEqualTo(CoupleStatus.ACTIVE);

        test(action(couples, "close")).click();
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(statusNow()).isEqualTo(CoupleStatus.CLOSED);
        assertThat(find(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo(translate(
                        "couples.status-changed",
                        "Alexis" + tag + " & Samir" + tag,
                        translate("couples.status.CLOSED")));
        assertThat(action(couples, "reopen").isVisible()).isTrue();
    }

    @Test
    void pausingACaseAsksFirstAndReopeningDoesNot() {
        GridTester<Grid<AdminCoupleRow>, AdminCoupleRow> couples = adminsListOfAlexisAndSamir();
        test(action(couples, "pause")).click();
        find(ConfirmDialog.class).single().close();
        assertThat(statusNow()).isEqualTo(CoupleStatus.ACTIVE);

        test(action(couples, "pause")).click();
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(statusNow()).isEqualTo(CoupleStatus.PAUSED);

        test(action(couples, "reopen")).click();
        assertThat(statusNow()).isEqualTo(CoupleStatus.ACTIVE);
    }

    private String translate(String key, Object... args) {
        return find(AdminCouplesView.class).single().getTranslation(key, args);
    }

    @Test
    void adminCreatesACoupleAndEachPartnerWithAnEmailGetsTheirInvitationByMailNotTheAdmin() {
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        navigate(AdminCouplesView.class);
        test($(Button.class).id("new-couple")).click();
        NewCoupleDialog dialog = $(NewCoupleDialog.class).single();
        test(dialog.partnerOne.firstName).setValue("Noor" + tag);
        test(dialog.partnerOne.lastName).setValue("Haddad");
        test(dialog.partnerOne.email).setValue("noor-" + tag + "@test.dyad");
        test(dialog.partnerTwo.firstName).setValue("Elias" + tag);
        test(dialog.partnerTwo.lastName).setValue("Haddad");
        test(dialog.partnerTwo.email).setValue("elias-" + tag + "@test.dyad");
        dialog.counselor.setValue(admins.counselors().stream()
                .filter(c -> c.id() == maya.accountId())
                .findFirst()
                .orElseThrow());
        test($(Button.class).id("create-couple")).click();

        InvitationsDialog created = $(InvitationsDialog.class).single();
        assertThat(created.getElement().getTextRecursively())
                .contains("n…@t…")
                .contains("e…@t…")
                .doesNotContain("/invitation/")
                .doesNotContain(mailbox.token("noor-" + tag + "@test.dyad", "invitation"))
                .doesNotContain(mailbox.token("elias-" + tag + "@test.dyad", "invitation"));
        AdminCouplesView view = (AdminCouplesView) getCurrentView();
        test(view.search).setValue("Noor" + tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Noor" + tag + " & Elias" + tag);
        assertThat(test(view.grid).getCellText(0, 2))
                .isEqualTo("noor-" + tag + "@test.dyad, elias-" + tag + "@test.dyad");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Maya " + tag);
    }

    @Test
    void aMissingNameAndCounselorAreShownNextToTheirFields() {
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        navigate(AdminCouplesView.class);
        test($(Button.class).id("new-couple")).click();
        NewCoupleDialog dialog = $(NewCoupleDialog.class).single();
        test(dialog.partnerOne.firstName).setValue("Only" + tag);
        test($(Button.class).id("create-couple")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.partnerOne.lastName.isInvalid()).isTrue();
        assertThat(dialog.partnerTwo.firstName.isInvalid()).isTrue();
        assertThat(dialog.counselor.isInvalid()).isTrue();
        assertThat(dialog.partnerOne.firstName.isInvalid()).isFalse();
        assertThat(dialog.partnerOne.firstName.getValue()).isEqualTo("Only" + tag);
    }

    @Test
    void aCaseStartingIn1900IsRefusedNextToTheStartDate() {
        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        navigate(AdminCouplesView.class);
        test($(Button.class).id("new-couple")).click();
        NewCoupleDialog dialog = $(NewCoupleDialog.class).single();
        test(dialog.partnerOne.firstName).setValue("Old" + tag);
        test(dialog.partnerOne.lastName).setValue("Case");
        test(dialog.partnerTwo.firstName).setValue("Older" + tag);
        test(dialog.partnerTwo.lastName).setValue("Case");
        dialog.counselor.setValue(admins.counselors().stream()
                .filter(c -> c.id() == maya.accountId())
                .findFirst()
                .orElseThrow());
        // as a browser that ignores the picker's minimum would send it
        dialog.startedOn.setValue(LocalDate.of(1900, 1, 1));
        test($(Button.class).id("create-couple")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.startedOn.isInvalid()).isTrue();
        assertThat(dialog.startedOn.getErrorMessage())
                .isEqualTo("The start date must be today or within the last 30 years.");
    }

    @Test
    void theCounselorsCaseloadListsTheirCoupleAndOpensIt() {
        accounts.signInAs(maya.email(), "", Role.COUNSELOR);
        CaseloadView caseload = navigate(CaseloadView.class);
        test(caseload.search).setValue("Samir" + tag);
        assertThat(test(caseload.grid).size()).isEqualTo(1);
        test(caseload.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(CoupleView.class);
        assertThat($(Span.class).withClassName("dyad-partner-name").all())
                .extracting(Span::getText)
                .containsExactly("Alexis" + tag + " Lindqvist", "Samir" + tag + " Lindqvist");
    }

    @Test
    void anotherCounselorOpeningTheCouplesAddressSeesNothingOfIt() {
        accounts.signInAs(jon.email(), "", Role.COUNSELOR);
        CaseloadView caseload = navigate(CaseloadView.class);
        test(caseload.search).setValue("Samir" + tag);
        assertThat(test(caseload.grid).size()).isZero();

        navigate(CoupleView.class, mayasCouple);
        assertThat($(Component.class).withId("couple-unavailable").exists()).isTrue();
        assertThat($(Span.class).withClassName("dyad-partner-name").exists()).isFalse();
        assertThat($(Span.class).withTextContaining("Alexis" + tag).exists()).isFalse();
    }

    @Test
    void aClientCannotOpenTheAdminsCouplesOrACouplePage() {
        accounts.signInAs("alexis-" + tag + "@test.dyad", "", Role.CLIENT);
        navigate("admin/couples", AccessDeniedView.class);
        assertThat($(AdminCouplesView.class).exists()).isFalse();
        navigate("couples/" + mayasCouple, AccessDeniedView.class);
        assertThat($(CoupleView.class).exists()).isFalse();
    }

    @Test
    void aClientsHomeNamesTheirCounselorAndPartner() {
        accounts.signInAs("alexis-" + tag + "@test.dyad", "", Role.CLIENT);
        navigate(MyHomeView.class);
        assertThat($(Paragraph.class).id("my-intro").getText())
                .contains("Maya " + tag)
                .contains("Samir" + tag);
    }

    /** Alexis was invited but never chose a password: "Has a login" told the counselor otherwise. */
    @Test
    void aPartnerWhoseInvitationIsPendingIsNotShownAsHavingALogin() {
        assertThat(partnerLoginsSeenByTheCounselor()).containsExactly("Invited, not yet signed in", "No login yet");
    }

    @Test
    void aPartnerWhoseInvitationRanOutIsShownAsSuch() {
        clock.advance(Duration.ofHours(73));
        assertThat(partnerLoginsSeenByTheCounselor())
                .containsExactly("Invitation expired: the admin can send a new link", "No login yet");
    }

    @Test
    void aPartnerWhoChoseAPasswordHasAnActiveLoginUntilDeactivated() {
        invitations.acceptInvitation(
                alexisInvitation, "quiet-harbour-lantern-velvet-47", "quiet-harbour-lantern-velvet-47");
        assertThat(partnerLoginsSeenByTheCounselor()).containsExactly("Login active", "No login yet");

        accounts.signInAs("admin-" + tag + "@test.dyad", "Admin", Role.ADMIN);
        accountAdmin.deactivate(accountAdmin
                .findAccountByEmail("alexis-" + tag + "@test.dyad")
                .orElseThrow()
                .id());
        assertThat(partnerLoginsSeenByTheCounselor()).containsExactly("Login deactivated", "No login yet");
    }

    private List<String> partnerLoginsSeenByTheCounselor() {
        accounts.signInAs(maya.email(), "", Role.COUNSELOR);
        navigate(CoupleView.class, mayasCouple);
        return $(Span.class).withClassName("dyad-partner-login").all().stream()
                .map(Span::getText)
                .toList();
    }
}
