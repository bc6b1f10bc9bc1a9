package app.dyad.identity.ui;

import app.dyad.base.ui.Formats;
import app.dyad.identity.InvitationLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a fresh one-time link to the admin, who passes it on until Dyad sends e-mail itself. */
class InvitationLinkDialog extends Dialog {

    InvitationLinkDialog(InvitationLink link) {
        setHeaderTitle(getTranslation("invitation-link.title"));
        setWidth("min(36rem, 95vw)");
        String expires = Formats.dateTime(this, link.expiresAt());
        TextField url = new TextField(getTranslation("invitation-link.url"));
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("invitation-url");
        add(new Paragraph(getTranslation("invitation-link.text", link.email(), expires)), url);
        Button close = new Button(getTranslation("action.done"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
