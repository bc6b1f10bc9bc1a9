package app.dyad.safety.ui;

import app.dyad.couples.spi.ui.CaseTab;
import app.dyad.safety.PrivateMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the Private messages tab last on the couple's page (its flag in the header links here). */
@SpringComponent
class PrivateMessagesTabContribution implements CaseTab {

    private final PrivateMessages messages;

    PrivateMessagesTabContribution(PrivateMessages messages) {
        this.messages = messages;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "couple.tab.private";
    }

    @Override
    public Component create(long coupleId) {
        return new PrivateMessagesTab(messages, coupleId);
    }
}
