package app.dyad.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.stream.Collectors;

/** Everything a page sends the browser as words: text, attributes and properties of every element, dialogs too. */
final class PageText {

    private PageText() {}

    static String of(UI ui) {
        StringBuilder text = new StringBuilder();
        collect(ui.getElement(), text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        text.append(element.getText()).append('\n');
        element.getAttributeNames()
                .forEach(name -> text.append(element.getAttribute(name)).append('\n'));
        text.append(element.getPropertyNames()
                        .map(name -> String.valueOf(element.getPropertyRaw(name)))
                        .collect(Collectors.joining("\n")))
                .append('\n');
        element.getChildren().forEach(child -> collect(child, text));
    }
}
