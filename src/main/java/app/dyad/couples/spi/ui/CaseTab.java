package app.dyad.couples.spi.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab of a couple's page contributed by another module (homework, sessions…). The couple page shows its own
 * Overview first, then every contributed tab by {@link #order()}. The contributing module checks access itself
 * when it builds the tab.
 */
public interface CaseTab {

    /** Where the tab goes among the contributed ones: lower first. */
    int order();

    /** The translation key of the tab's title, e.g. {@code couple.tab.homework}. */
    String titleKey();

    /**
     * The tab's name in the page's address ({@code couples/42?tab=homework}), so a tab can be linked to and Back
     * returns to the tab before: the last part of its title key.
     */
    default String path() {
        return titleKey().substring(titleKey().lastIndexOf('.') + 1);
    }

    /** A new tab body for this couple. */
    Component create(long coupleId);
}
