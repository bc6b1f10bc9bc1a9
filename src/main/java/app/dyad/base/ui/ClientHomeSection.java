package app.dyad.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the client's home contributed by a feature module (homework, sessions…), so the home page
 * depends on no feature. Implementations are Spring beans that build a fresh component per page.
 */
public interface ClientHomeSection {

    /** Where the section goes: lower first. */
    int order();

    /** A new component for the signed-in client, or none when there is nothing to show. */
    java.util.Optional<Component> create();
}
