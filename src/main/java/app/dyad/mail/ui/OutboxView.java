package app.dyad.mail.ui;

import app.dyad.base.ui.Formats;
import app.dyad.mail.DemoMail;
import app.dyad.mail.DemoOutbox;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's Outbox: every mail the in-app SMTP server received, newest first, its links clickable, so an admin can
 * show the invitation and reminder flows without a mail account. Registered only when that server runs (never in
 * production, see {@link OutboxRoute}).
 */
@Route(value = "admin/outbox", registerAtStartup = false)
@RolesAllowed("ADMIN")
@Menu(title = "mail.outbox.title", order = 13, icon = "vaadin:envelopes-o")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoOutbox outbox;
    private final Div mails = new Div();

    public OutboxView(DemoOutbox outbox) {
        this.outbox = outbox;
        addClassName("dyad-page");
        Paragraph about = new Paragraph(getTranslation("mail.outbox.about"));
        about.addClassName("dyad-muted");
        Button refresh = new Button(getTranslation("mail.outbox.refresh"), VaadinIcon.REFRESH.create(), e -> show());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mails.addClassName("dyad-outbox");
        mails.setWidthFull();
        add(about, refresh, mails);
        show();
    }

    private void show() {
        mails.removeAll();
        List<DemoMail> latest = outbox.latest();
        if (latest.isEmpty()) {
            mails.add(new Paragraph(getTranslation("mail.outbox.empty")));
        }
        latest.forEach(mail -> mails.add(card(mail)));
    }

    private Div card(DemoMail mail) {
        Div card = new Div();
        card.addClassName("dyad-outbox-mail");
        H2 subject = new H2(mail.subject());
        Span meta = new Span(getTranslation("mail.outbox.to", mail.to(), Formats.dateTime(this, mail.receivedAt())));
        meta.addClassName("dyad-muted");
        Div body = new Div();
        body.addClassName("dyad-outbox-text");
        Matcher links = LINK.matcher(mail.text());
        int at = 0;
        while (links.find()) {
            body.add(new Text(mail.text().substring(at, links.start())));
            Anchor link = new Anchor(links.group(), links.group());
            body.add(link);
            at = links.end();
        }
        body.add(new Text(mail.text().substring(at)));
        card.add(subject, meta, body);
        if (!mail.attachments().isEmpty()) {
            Span attached = new Span(getTranslation("mail.outbox.attached", String.join(", ", mail.attachments())));
            attached.addClassName("dyad-muted");
            card.add(attached);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
