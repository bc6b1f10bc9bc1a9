package app.dyad.safety.ui;

import app.dyad.base.ui.Formats;
import app.dyad.safety.PrivateMessageRow;
import app.dyad.safety.PrivateMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A couple's private messages for their counselor: who wrote and when, their wishes and whether it was acknowledged —
 * the text only when a message is opened below the list (that read is audited). Lazy and paged like every grid.
 */
class PrivateMessagesTab extends VerticalLayout {

    final Grid<PrivateMessageRow> grid = new Grid<>(PrivateMessageRow.class, false);
    private final Div opened = new Div();

    PrivateMessagesTab(PrivateMessages messages, long coupleId) {
        setPadding(false);
        setId("private-messages");
        Paragraph intro = new Paragraph(getTranslation("safety.tab.intro"));
        intro.addClassName("dyad-muted");

        grid.setId("private-message-list");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> Formats.dateTime(this, row.sentAt()))
                .setHeader(getTranslation("safety.tab.sent"))
                .setAutoWidth(true);
        grid.addColumn(PrivateMessageRow::partnerName)
                .setHeader(getTranslation("safety.tab.from"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::wishes)
                .setHeader(getTranslation("safety.tab.wishes"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("safety.tab.state"))
                .setAutoWidth(true);
        grid.setItemsPageable(page -> messages.list(coupleId, page), page -> messages.count(coupleId));
        grid.setEmptyStateText(getTranslation("safety.tab.empty"));
        grid.addItemClickListener(click -> open(messages, click.getItem().id()));
        opened.setWidthFull();
        add(intro, grid, opened);
    }

    private void open(PrivateMessages messages, long messageId) {
        opened.removeAll();
        opened.add(new PrivateMessagePanel(messages, messages.read(messageId), () -> {
            grid.getDataProvider().refreshAll();
            open(messages, messageId);
        }));
    }

    private Component wishes(PrivateMessageRow row) {
        Div wishes = new Div();
        wishes.addClassName("dyad-actions");
        if (row.unsafeAtHome()) {
            wishes.add(badge(getTranslation("safety.wish.unsafe.short"), "dyad-status-error"));
        }
        if (row.wantsOwnSession()) {
            wishes.add(badge(getTranslation("safety.wish.own-session.short"), "dyad-status-info"));
        }
        if (row.noEmail()) {
            wishes.add(badge(getTranslation("safety.wish.no-email.short"), "dyad-status-info"));
        }
        return wishes;
    }

    private Component state(PrivateMessageRow row) {
        if (row.isAcknowledged()) {
            return new Span(getTranslation("safety.tab.acknowledged"));
        }
        Span urgent = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("safety.tab.new")));
        urgent.addClassNames("dyad-status", "dyad-status-error");
        return urgent;
    }

    private static Span badge(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("dyad-status", tone);
        return badge;
    }
}
