package app.dyad.identity.ui;

import app.dyad.base.ui.MainContent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in with email and password. One message for every refusal, so it never tells which part was wrong. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("dyad-login");
        MainContent.mark(this);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        H1 brand = new H1();
        brand.addClassName("dyad-login-brand");
        brand.setText(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("dyad-muted");
        add(brand, tagline, login);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        keepTypedEmail(failed);
    }

    /**
     * After a refused sign-in the page comes back with the email as typed, and the cursor in the password: the
     * browser keeps it for this tab only (sessionStorage), read once and removed, so the server never stores what
     * was typed there. Only text that looks like an address is kept: people sometimes type a password there.
     */
    private void keepTypedEmail(boolean failed) {
        login.getElement().executeJs("""
                        const key = 'dyad.sign-in.email';
                        this.addEventListener('login', e => {
                            const typed = (e.detail.username || '').trim();
                            // only what looks like an address: people sometimes type a password there
                            if (typed.includes('@') && !/\\s/.test(typed)) {
                                sessionStorage.setItem(key, typed);
                            }
                        });
                        const typed = sessionStorage.getItem(key);
                        sessionStorage.removeItem(key);
                        if (!$0 || !typed) {
                            return;
                        }
                        const fill = () => {
                            const email = this.querySelector('vaadin-text-field[name=username]');
                            const password = this.querySelector('vaadin-password-field[name=password]');
                            if (!email || !password) {
                                requestAnimationFrame(fill);
                                return;
                            }
                            email.value = typed;
                            setTimeout(() => password.focus(), 100);
                        };
                        fill();
                        """, failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
