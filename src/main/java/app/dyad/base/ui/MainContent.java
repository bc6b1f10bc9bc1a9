package app.dyad.base.ui;

import com.vaadin.flow.component.Component;

/** The page's one main landmark: where the skip link sends the keyboard, and what a page without the layout marks. */
public final class MainContent {

    /** The id of the main landmark in the signed-in layout. */
    public static final String ID = "main-content";

    private MainContent() {}

    /** Marks a page that is shown without the layout (sign-in, invitation, error) as the page's main landmark. */
    public static <T extends Component> T mark(T page) {
        page.getElement().setAttribute("role", "main");
        return page;
    }
}
