package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.AccountSummary;
import app.dyad.identity.NewAccount;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import app.dyad.identity.StatementsByThread;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The accounts list asks where invitation mails stand, and who has two-step sign-in, once per page, not once per
 * person.
 */
@DyadSpringTest
@Import(StatementsByThread.class)
class InvitationStatusQueryCountTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Test
    @SignedInAs(Role.ADMIN)
    void onePageOfInvitedPeopleReadsTheOutboxOnce() {
        String few = invite(2);
        String many = invite(12);

        assertThat(readsShowing(many, "outbox_mail"))
                .isEqualTo(readsShowing(few, "outbox_mail"))
                .isEqualTo(1);
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void onePageOfPeopleAsksOnceWhoHasTwoStepSignIn() {
        String few = invite(2);
        String many = invite(12);

        assertThat(readsShowing(many, "second_factor"))
                .isEqualTo(readsShowing(few, "second_factor"))
                .isEqualTo(1);
    }

    private String invite(int people) {
        String tag = "inv" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < people; i++) {
            accountAdmin.createAccount(
                    new NewAccount("Invited " + tag + " " + i, tag + "-" + i + "@test.dyad", Role.CLIENT));
        }
        return tag;
    }

    private long readsShowing(String tag, String table) {
        AdminUsersView view = navigate(AdminUsersView.class);
        StatementsByThread.clear();
        test(view.search).setValue(tag);
        // as the browser's grid does: one page fetched, then each row's status drawn
        // (the browserless grid tester fetches row by row, which no browser does)
        List<AccountSummary> page = view.grid.getLazyDataView().getItems().toList();
        @SuppressWarnings("unchecked")
        ComponentRenderer<?, AccountSummary> status = (ComponentRenderer<?, AccountSummary>)
                view.grid.getColumnByKey("status").getRenderer();
        page.forEach(status::createComponent);
        assertThat(page).isNotEmpty();
        return StatementsByThread.on(Thread.currentThread()).stream()
                .filter(sql -> sql.contains(table))
                .count();
    }
}
