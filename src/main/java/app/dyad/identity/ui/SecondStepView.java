package app.dyad.identity.ui;

import app.dyad.base.ui.CardPage;
import app.dyad.base.ui.FieldErrors;
import app.dyad.identity.SecondStepOutcome;
import app.dyad.identity.TwoStepService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The second step of signing in: the 6-digit code from the authenticator app, or one of the recovery codes. Only
 * someone between the two steps reaches it ({@link SecondStepGate}); a wrong code counts like a wrong password.
 */
@Route(value = SecondStepView.ROUTE, autoLayout = false)
@PermitAll
public class SecondStepView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "sign-in/code";
    static final String CONTINUE = "continue";

    private final TwoStepService twoStep;
    final TextField code = new TextField();
    final Button signIn = new Button();
    final Button switchKind = new Button();
    private final Paragraph intro = new Paragraph();
    private boolean recovery;
    private String continueTo = "";

    public SecondStepView(TwoStepService twoStep, AuthenticationContext authentication) {
        this.twoStep = twoStep;
        code.setId("second-step-code");
        CodeFields.forAuthenticatorCode(code);
        signIn.setText(getTranslation("two-step.sign-in.submit"));
        signIn.setId("second-step-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.setDisableOnClick(true);
        signIn.addClickListener(click -> submit());
        signIn.setWidthFull();
        switchKind.setId("second-step-switch");
        switchKind.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchKind.addClickListener(click -> showKind(!recovery));
        Button signOut = new Button(getTranslation("two-step.sign-in.cancel"), click -> authentication.logout());
        signOut.setId("second-step-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout other = new FlexLayout(switchKind, signOut);
        other.addClassName("dyad-actions");
        card.add(new H1(getTranslation("two-step.sign-in.title")), intro, code, signIn, other);
        showKind(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        continueTo = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(CONTINUE)
                .orElse("");
    }

    private void showKind(boolean recoveryCode) {
        recovery = recoveryCode;
        FieldErrors.clear(code);
        code.clear();
        if (recoveryCode) {
            CodeFields.forRecoveryCode(code);
        } else {
            CodeFields.forAuthenticatorCode(code);
        }
        intro.setText(getTranslation(recoveryCode ? "two-step.sign-in.recovery-intro" : "two-step.sign-in.intro"));
        code.setLabel(getTranslation(recoveryCode ? "two-step.sign-in.recovery-label" : "two-step.sign-in.label"));
        switchKind.setText(getTranslation(recoveryCode ? "two-step.sign-in.use-app" : "two-step.sign-in.use-recovery"));
        code.focus();
    }

    private void submit() {
        FieldErrors.clear(code);
        SecondStepOutcome outcome = twoStep.signInWithCode(code.getValue());
        switch (outcome) {
            case SIGNED_IN -> getUI().ifPresent(ui -> SignInCompletion.signedIn(ui, continueTo));
            case LOCKED -> getUI().ifPresent(SignInCompletion::ended);
            case REFUSED -> {
                code.clear(); // first: the message stays until the person types again
                FieldErrors.mark(
                        code, getTranslation(recovery ? "two-step.sign-in.recovery-wrong" : "two-step.code.wrong"));
                code.focus();
                signIn.setEnabled(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.sign-in.page-title");
    }
}
