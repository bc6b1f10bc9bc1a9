package app.dyad.couples.ui;

import app.dyad.couples.CoupleStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** A case's status as a small coloured label. */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(CoupleStatus status) {
        Span badge = new Span(badgeText(status));
        String tone = switch (status) {
            case ACTIVE -> "success";
            case PAUSED -> "info";
            case CLOSED -> "neutral";
        };
        badge.addClassNames("dyad-status", "dyad-status-" + tone);
        return badge;
    }

    private static String badgeText(CoupleStatus status) {
        return UI.getCurrent().getTranslation("couples.status." + status.name());
    }
}
