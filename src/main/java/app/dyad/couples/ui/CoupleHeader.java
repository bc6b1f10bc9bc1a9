package app.dyad.couples.ui;

import app.dyad.base.ui.Formats;
import app.dyad.couples.CoupleFile;
import app.dyad.couples.PartnerView;
import app.dyad.identity.SignInState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Both partners side by side, with the case's status and start, and the actions other modules offer on the case. */
class CoupleHeader extends Composite<VerticalLayout> {

    CoupleHeader(CoupleFile file, boolean urgent, List<Component> actions) {
        H2 name = new H2(file.caseName());
        name.addClassName("dyad-case-name");
        HorizontalLayout title = new HorizontalLayout(name);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        if (!actions.isEmpty()) {
            HorizontalLayout tools = new HorizontalLayout(actions.toArray(Component[]::new));
            tools.addClassName("dyad-case-actions");
            title.addToEnd(tools);
        }
        Span since = new Span(getTranslation("couple.since", Formats.date(this, file.since())));
        since.addClassName("dyad-muted");
        Div meta = new Div(StatusBadge.of(file.status()), since);
        meta.addClassName("dyad-case-meta");
        FlexLayout partners = new FlexLayout(partnerCard(file.partnerOne()), partnerCard(file.partnerTwo()));
        partners.addClassName("dyad-partners");
        getContent().add(title, meta);
        if (urgent) {
            // the one thing that must not wait: a partner wrote privately and nobody has acknowledged it yet
            Anchor flag = new Anchor(
                    "couples/" + file.id() + "?tab=private", getTranslation("couple.urgent", file.caseName()));
            flag.setId("urgent-private-message");
            flag.addClassNames("dyad-status", "dyad-status-error", "dyad-urgent");
            getContent().add(flag);
        }
        getContent().add(partners);
        getContent().setPadding(false);
        getContent().setSpacing(false);
    }

    private Div partnerCard(PartnerView partner) {
        Span name = new Span(partner.fullName());
        name.addClassName("dyad-partner-name");
        Div card = new Div(name);
        if (partner.details().pronouns() != null) {
            Span pronouns = new Span(partner.details().pronouns());
            pronouns.addClassName("dyad-muted");
            card.add(pronouns);
        }
        Span login = new Span(getTranslation(loginKey(partner.signIn())));
        login.addClassNames("dyad-muted", "dyad-partner-login");
        card.add(login);
        card.addClassName("dyad-partner-card");
        return card;
    }

    /** Says where the login really stands: an invited partner who never chose a password cannot sign in. */
    static String loginKey(@Nullable SignInState signIn) {
        if (signIn == null) {
            return "couple.no-login";
        }
        return switch (signIn) {
            case INVITED -> "couple.login.invited";
            case INVITATION_EXPIRED -> "couple.login.invitation-expired";
            case ACTIVE -> "couple.login.active";
            case DEACTIVATED -> "couple.login.deactivated";
        };
    }
}
