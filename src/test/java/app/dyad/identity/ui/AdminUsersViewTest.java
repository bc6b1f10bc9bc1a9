package app.dyad.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dyad.DyadSpringTest;
import app.dyad.base.ui.AccessDeniedView;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.Role;
import app.dyad.identity.SignedInAs;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DyadSpringTest
class AdminUsersViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdminService accountAdmin;

    @Test
    @SignedInAs(Role.ADMIN)
    void adminCreatesACounselorAndIsShownTheInvitationLink() {
        AdminUsersView view = navigate(AdminUsersView.class);
        test($(Button.class).id("new-user")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        String email = "ines-" + UUID.randomUUID().toString().substring(0, 8) + "@test.dyad";
        test(dialog.name).setValue("Ines Amari");
        test(dialog.email).setValue(email);
        test(dialog.role).selectItem(view.getTranslation("role.COUNSELOR"));
        test($(Button.class).id("create-user")).click();

        TextField url = $(TextField.class).id("invitation-url");
        assertThat(url.getValue()).contains("/invitation/");
        assertThat(accountAdmin.findAccountByEmail(email))
                .get()
                .satisfies(account -> assertThat(account.role()).isEqualTo(Role.COUNSELOR));

        test(view.search).setValue(email);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Ines Amari");
    }

    @Test
    @SignedInAs(Role.ADMIN)
    void invalidInputIsShownNextToEachFieldAndNothingIsLost() {
        navigate(AdminUsersView.class);
        test($(Button.class).id("new-user")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        test(dialog.name).setValue("Half Filled");
        test(dialog.email).setValue("not-an-email");
        test($(Button.class).id("create-user")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo(dialog.getTranslation("validation.email"));
        assertThat(dialog.role.isInvalid()).isTrue();
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.name.getValue()).isEqualTo("Half Filled");
    }

    @Test
    @SignedInAs(Role.CLIENT)
    void aClientIsShownTheAccessDeniedPageInsteadOfAccounts() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(AdminUsersView.class).exists()).isFalse();
    }

    @Test
    @SignedInAs(Role.COUNSELOR)
    void aCounselorIsShownTheAccessDeniedPageInsteadOfAccounts() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat($(AdminUsersView.class).exists()).isFalse();
    }
}
