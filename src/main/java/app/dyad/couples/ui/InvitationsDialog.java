package app.dyad.couples.ui;

import app.dyad.base.ui.Formats;
import app.dyad.couples.CoupleCreated;
import app.dyad.identity.InvitationLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** After a case is opened: the partners' one-time links, for the admin to pass on. */
class InvitationsDialog extends Dialog {

    InvitationsDialog(CoupleCreated created) {
        setHeaderTitle(getTranslation("couples.created.title", created.caseName()));
        setWidth("min(40rem, 95vw)");
        if (created.invitations().isEmpty()) {
            add(new Paragraph(getTranslation("couples.created.no-links")));
        } else {
            add(new Paragraph(getTranslation("couples.created.links")));
        }
        int index = 0;
        for (InvitationLink link : created.invitations()) {
            TextField url = new TextField(
                    getTranslation("couples.created.link-for", link.email(), Formats.dateTime(this, link.expiresAt())));
            url.setValue(link.url());
            url.setReadOnly(true);
            url.setWidthFull();
            url.setId("invitation-" + index++);
            add(url);
        }
        Button done = new Button(getTranslation("action.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
