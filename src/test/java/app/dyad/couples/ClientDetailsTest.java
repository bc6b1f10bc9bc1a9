package app.dyad.couples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dyad.DyadSpringTest;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.identity.CurrentUser;
import app.dyad.identity.EmailChangeService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInUser;
import app.dyad.identity.TestAccounts;
import app.dyad.mail.Mailbox;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A partner keeps their own details current; their email is their sign-in, so changing it needs the password. */
@DyadSpringTest
class ClientDetailsTest {

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CoupleAdminService admins;

    @Autowired
    CoupleService couples;

    @Autowired
    MyCouple myCouple;

    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private SignedInUser client() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser client = accounts.ensure("me-" + tag + "@test.dyad", "Me", Role.CLIENT);
        SignedInUser counselor = accounts.ensure("co-" + tag + "@test.dyad", "Co", Role.COUNSELOR);
        accounts.signInAs("ad-" + tag + "@test.dyad", "Ad", Role.ADMIN);
        admins.createCouple(new NewCouple(
                new PartnerDetails("Me", tag, null, null, client.email(), null, null),
                new PartnerDetails("You", tag, null, null, null, null, null),
                null,
                LocalDate.of(2026, 1, 1),
                CoupleStatus.ACTIVE,
                counselor.accountId()));
        return accounts.signInAs(client.email(), "", Role.CLIENT);
    }

    @Test
    void changingTheEmailNeedsThePasswordAndTheLinkAndThenUpdatesTheSignInAndThePartnerRecord() {
        SignedInUser me = client();
        String newEmail = "new-" + me.email();
        assertThatThrownBy(() -> myCouple.changeMyEmail(newEmail, "not my password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("password"));
        assertThat(myCouple.getMySpace().me().details().email()).isEqualTo(me.email());

        myCouple.changeMyEmail(newEmail.toUpperCase(), TestAccounts.PASSWORD);
        assertThat(myCouple.getMySpace().me().details().email())
                .as("nothing changes before the link is used")
                .isEqualTo(me.email());

        emailChanges.confirmEmailChange(mailbox.token(newEmail, "email-change"));
        assertThat(currentUser.require().email()).isEqualTo(newEmail);
        assertThat(myCouple.getMySpace().me().details().email()).isEqualTo(newEmail);
    }

    @Test
    void contactDetailsSaveOnTheVersionSeenAndAStaleSaveIsRefused() {
        client();
        MySpace before = myCouple.getMySpace();
        MySpace after = myCouple.updateMyContact(new MyContactEdit(before.me().version(), "Mo", "they/them", "+1 555"));
        assertThat(after.me().details().preferredName()).isEqualTo("Mo");
        assertThat(after.me().details().phone()).isEqualTo("+1 555");
        assertThatThrownBy(() ->
                        myCouple.updateMyContact(new MyContactEdit(before.me().version(), "Old", null, null)))
                .isInstanceOf(EditConflictException.class);
    }
}
