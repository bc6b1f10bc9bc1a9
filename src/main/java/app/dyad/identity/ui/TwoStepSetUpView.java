package app.dyad.identity.ui;

import app.dyad.base.ui.CardPage;
import app.dyad.identity.TwoStepService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Setting up two-step sign-in right after the password, when the clinic requires it of staff and this person has
 * none yet: nothing else opens until it is done ({@link SecondStepGate}). Confirming the code signs them in; they go
 * on once they have ticked that the recovery codes are saved.
 */
@Route(value = TwoStepSetUpView.ROUTE, autoLayout = false)
@PermitAll
public class TwoStepSetUpView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "sign-in/set-up";

    private final TwoStepService twoStep;
    private final AuthenticationContext authentication;
    private String continueTo = "";

    public TwoStepSetUpView(TwoStepService twoStep, AuthenticationContext authentication) {
        this.twoStep = twoStep;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        continueTo = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SecondStepView.CONTINUE)
                .orElse("");
        if (twoStep.awaiting().isEmpty()) {
            return; // the gate sends everyone else home
        }
        card.removeAll();
        Button signOut = new Button(getTranslation("two-step.sign-in.cancel"), click -> authentication.logout());
        signOut.setId("set-up-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        TwoStepSetUpPanel setUp = new TwoStepSetUpPanel(
                twoStep, () -> getUI().ifPresent(ui -> SignInCompletion.signedIn(ui, continueTo)));
        setUp.onConfirmed(() -> {
            // signed in from this moment, whether or not "Done" is pressed: a new session id now, nothing to cancel
            SignInCompletion.renewSessionId();
            signOut.setVisible(false);
        });
        card.add(
                new H1(getTranslation("two-step.set-up.required-title")),
                new Paragraph(getTranslation("two-step.set-up.required-intro")),
                setUp,
                signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.set-up.page-title");
    }
}
