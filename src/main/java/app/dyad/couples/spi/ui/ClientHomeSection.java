package app.dyad.couples.spi.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the client's home contributed by another module (homework, sessions…). Implementations are Spring
 * beans that build a fresh component per page.
 */
public interface ClientHomeSection {

    /** Where the section goes: lower first. */
    int order();

    /** A new component for the signed-in client, or none when there is nothing to show. */
    Optional<Component> create();
}
