package app.dyad.couples.spi.ui;

import com.vaadin.flow.component.Component;

/**
 * An action on the whole case contributed by another module (the record export…), shown in the couple page's header
 * next to the case's name. The contributing module checks access itself when it acts.
 */
public interface CaseAction {

    /** Where the action goes among the contributed ones: lower first. */
    int order();

    /** A new control (a button, a menu) for this couple. */
    Component create(long coupleId);
}
