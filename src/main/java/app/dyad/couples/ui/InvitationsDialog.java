package app.dyad.couples.ui;

import app.dyad.base.ui.Formats;
import app.dyad.couples.CoupleCreated;
import app.dyad.identity.InvitationSent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** After a case is opened: to whom (masked) each new partner's invitation was mailed. The admin never sees a link. */
class InvitationsDialog extends Dialog {

    InvitationsDialog(CoupleCreated created) {
        setHeaderTitle(getTranslation("couples.created.title", created.caseName()));
        setWidth("min(40rem, 95vw)");
        if (created.invitations().isEmpty()) {
            add(new Paragraph(getTranslation("couples.created.no-links")));
        }
        int index = 0;
        for (InvitationSent sent : created.invitations()) {
            Paragraph line = new Paragraph(getTranslation(
                    "users.invitation.queued-to", sent.maskedEmail(), Formats.time(this, sent.queuedAt())));
            line.setId("invitation-" + index++);
            add(line);
        }
        Button done = new Button(getTranslation("action.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
