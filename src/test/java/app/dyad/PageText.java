package app.dyad;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a page could send to the browser, as one text to search: every text node, property and attribute
 * of the whole element tree (open dialogs included), and every row a lazy grid would fetch — each cell as the
 * grid renders it and the row object the service handed to the page. A marker that is nowhere in this text
 * never reached the browser.
 */
public final class PageText {

    /** More rows than any scanned grid holds for the seeded case; keeps a shared test database's grids bounded. */
    private static final int MAX_ROWS = 300;

    private PageText() {}

    /**
     * The whole current UI, as the next response would carry it (pending work, such as attaching a dialog just
     * opened, is run first): the view, the layout around it, and dialogs and notifications opened on it.
     */
    public static String ofUi() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        StringBuilder text = new StringBuilder();
        List<Grid<?>> grids = new ArrayList<>();
        collect(UI.getCurrent().getElement(), text, grids);
        grids.forEach(grid -> rows(grid, text));
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text, List<Grid<?>> grids) {
        element.getComponent().filter(Grid.class::isInstance).ifPresent(grid -> grids.add((Grid<?>) grid));
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        element.getPropertyNames()
                .forEach(name -> text.append(name)
                        .append('=')
                        .append(element.getPropertyRaw(name))
                        .append('\n'));
        element.getAttributeNames()
                .forEach(name -> text.append(name)
                        .append('=')
                        .append(element.getAttribute(name))
                        .append('\n'));
        element.getChildren().forEach(child -> collect(child, text, grids));
        element.getNode()
                .getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(virtual ->
                        virtual.iterator().forEachRemaining(node -> collect(Element.get(node), text, grids)));
    }

    private static <T> void rows(Grid<T> grid, StringBuilder text) {
        GridTester<Grid<T>, T> tester = new GridTester<>(grid);
        List<Grid.Column<T>> columns = grid.getColumns();
        int size = Math.min(tester.size(), MAX_ROWS);
        for (int row = 0; row < size; row++) {
            text.append(tester.getRow(row)).append('\n');
            for (int column = 0; column < columns.size(); column++) {
                if (columns.get(column).getRenderer() instanceof ComponentRenderer<?, ?>) {
                    Component cell = tester.getCellComponent(row, column);
                    collect(cell.getElement(), text, new ArrayList<>());
                } else {
                    text.append(tester.getCellText(row, column)).append('\n');
                }
            }
        }
    }
}
