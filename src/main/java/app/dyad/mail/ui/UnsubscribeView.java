package app.dyad.mail.ui;

import app.dyad.base.ui.CardPage;
import app.dyad.mail.Unsubscribe;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page a reminder's unsubscribe link opens, with nobody signed in: it names the kind and one click turns it off
 * for that one person (the link's signature says which), then says so plainly and offers to turn it back on. Opening
 * the page changes nothing: mail scanners open every link of a mail in a real browser, and would otherwise switch off
 * people's session reminders unseen (a mail program's own unsubscribe button posts instead, RFC 8058). A link that is
 * not valid gets a neutral message: it names no person and no kind.
 */
@Route(value = "unsubscribe", autoLayout = false) // Unsubscribe.PAGE_PATH
@AnonymousAllowed
public class UnsubscribeView extends CardPage implements HasUrlParameter<String>, HasDynamicTitle {

    private final Unsubscribe unsubscribe;

    public UnsubscribeView(Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
        card.setId("unsubscribe");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        unsubscribe.kindOf(token).ifPresentOrElse(kindLabelKey -> ask(token, kindLabelKey), this::showInvalid);
    }

    private void ask(String token, String kindLabelKey) {
        show(getTranslation("mail.unsubscribe.ask", getTranslation(kindLabelKey)));
        Button stop = new Button(getTranslation("mail.unsubscribe.stop"));
        stop.setId("stop-reminder");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setDisableOnClick(true);
        stop.addClickListener(
                click -> unsubscribe.turnOff(token).ifPresentOrElse(key -> showOff(token, key), this::showInvalid));
        HorizontalLayout actions = new HorizontalLayout(stop, accountLink());
        actions.setAlignItems(Alignment.CENTER);
        card.add(actions);
    }

    private void showOff(String token, String kindLabelKey) {
        Button turnOn = new Button(getTranslation("mail.unsubscribe.turn-on"));
        turnOn.setId("turn-back-on");
        turnOn.addClickListener(click -> unsubscribe.turnOn(token).ifPresent(this::showOn));
        show(getTranslation("mail.unsubscribe.done", getTranslation(kindLabelKey)));
        HorizontalLayout actions = new HorizontalLayout(turnOn, accountLink());
        actions.setAlignItems(Alignment.CENTER);
        card.add(actions);
    }

    private void showOn(String kindLabelKey) {
        show(getTranslation("mail.unsubscribe.on-again", getTranslation(kindLabelKey)));
        card.add(accountLink());
    }

    private void showInvalid() {
        show(getTranslation("mail.unsubscribe.invalid"));
        card.add(accountLink());
    }

    private void show(String message) {
        card.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("unsubscribe-message");
        card.add(new H1(getTranslation("mail.unsubscribe.title")), text);
    }

    private Anchor accountLink() {
        Anchor account = new Anchor("account", getTranslation("mail.unsubscribe.account"));
        account.setId("reminder-settings");
        return account;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.unsubscribe.title");
    }
}
