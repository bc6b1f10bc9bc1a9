package app.dyad.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts in the top bar of every signed-in page (the clients' "Leave quickly"), so the layout
 * knows no feature. Implementations are Spring beans that build a fresh component per page, or none for this person.
 */
public interface LayoutAddition {

    /** A new component for the top bar, or none for the signed-in person. */
    Optional<Component> navbarItem();
}
