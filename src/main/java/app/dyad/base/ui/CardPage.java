package app.dyad.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A page of one card in the middle of the screen and no menu: what a person reaches from a mail (setting a password,
 * confirming an address, stopping a reminder) or before signing in. The card is its main content.
 */
public abstract class CardPage extends VerticalLayout {

    /** Where the page's heading, text and buttons go. */
    protected final Div card = new Div();

    protected CardPage() {
        addClassName("dyad-login");
        MainContent.mark(this);
        setWidthFull();
        setMinHeight("100%"); // grows with a tall card, so the page's ground goes on below the fold
        setAlignItems(Alignment.CENTER);
        // centred by the card's own auto margins (styles.css), not by justify-content: a card taller than a phone's
        // screen would lose its top, heading and all, above the page where nobody can scroll
        card.addClassName("dyad-card");
        add(card);
    }
}
