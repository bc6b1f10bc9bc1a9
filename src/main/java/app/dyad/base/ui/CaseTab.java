package app.dyad.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab of a couple's page contributed by a feature module (homework, sessions…), so the couple page depends
 * on no feature. The contributing module checks access itself when it builds the tab.
 */
public interface CaseTab {

    /** The translation key of the tab's title, e.g. {@code couple.tab.homework}. */
    String titleKey();

    /** A new tab body for this couple. */
    Component create(long coupleId);
}
