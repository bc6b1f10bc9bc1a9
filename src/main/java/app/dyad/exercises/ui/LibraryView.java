package app.dyad.exercises.ui;

import app.dyad.exercises.ExerciseLibrary;
import app.dyad.exercises.ExerciseMode;
import app.dyad.exercises.ExerciseSummary;
import app.dyad.exercises.LibraryFilter;
import app.dyad.exercises.StrategyView;
import app.dyad.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The counselors' library: browse by strategy, search the text, filter by who does it and by minutes. */
@Route("library")
@RolesAllowed(Role.COUNSELOR_NAME)
@Menu(title = "menu.library", order = 25, icon = "vaadin:book")
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    final Select<StrategyView> strategy = new Select<>();
    final TextField search = new TextField();
    final Select<ExerciseMode> mode = new Select<>();
    final Select<Integer> minutes = new Select<>();
    final Grid<ExerciseSummary> grid = new Grid<>(ExerciseSummary.class, false);

    public LibraryView(ExerciseLibrary library) {
        addClassName("dyad-page");
        setSizeFull();

        strategy.setLabel(getTranslation("library.strategy"));
        strategy.setItems(library.strategies());
        strategy.setEmptySelectionAllowed(true);
        strategy.setEmptySelectionCaption(getTranslation("library.all-strategies"));
        strategy.setItemLabelGenerator(s -> s == null ? getTranslation("library.all-strategies") : s.name());
        strategy.setId("library-strategy");
        search.setLabel(getTranslation("library.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("library-search");
        mode.setLabel(getTranslation("library.mode"));
        mode.setItems(ExerciseMode.values());
        mode.setEmptySelectionAllowed(true);
        mode.setEmptySelectionCaption(getTranslation("library.any"));
        mode.setItemLabelGenerator(
                m -> m == null ? getTranslation("library.any") : getTranslation("exercise.mode." + m.name()));
        mode.setId("library-mode");
        minutes.setLabel(getTranslation("library.minutes"));
        minutes.setItems(List.of(10, 20, 30, 60));
        minutes.setEmptySelectionAllowed(true);
        minutes.setEmptySelectionCaption(getTranslation("library.any"));
        minutes.setItemLabelGenerator(
                m -> m == null ? getTranslation("library.any") : getTranslation("library.up-to", m));
        minutes.setId("library-minutes");

        Button create = new Button(getTranslation("library.new"), VaadinIcon.PLUS.create(), click -> {
            StrategyView chosen = strategy.getValue() != null
                    ? strategy.getValue()
                    : library.strategies().getFirst();
            getUI().ifPresent(ui ->
                    ui.navigate(ExerciseEditorView.class, QueryParameters.of("strategy", String.valueOf(chosen.id()))));
        });
        create.setId("new-exercise");
        FlexLayout filters = new FlexLayout(strategy, search, mode, minutes, create);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("dyad-filters");

        grid.setId("library");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ExerciseSummary::title)
                .setKey("title")
                .setHeader(getTranslation("library.title-column"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(ExerciseSummary::strategyName)
                .setHeader(getTranslation("library.strategy"))
                .setFlexGrow(1);
        grid.addColumn(e -> getTranslation("exercise.mode." + e.mode().name()))
                .setHeader(getTranslation("library.mode"))
                .setFlexGrow(1);
        grid.addColumn(e -> getTranslation("library.minutes-value", e.minutes()))
                .setKey("minutes")
                .setHeader(getTranslation("library.minutes"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> {
                    Span origin = new Span(
                            getTranslation("exercise.origin." + e.origin().name()));
                    origin.addClassNames("dyad-status", "dyad-status-neutral");
                    return origin;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(pageable -> library.find(filter(), pageable), pageable -> library.count(filter()));
        grid.setEmptyStateText(getTranslation("library.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("library/exercise/" + click.getItem().id())));

        strategy.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mode.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        minutes.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(filters, grid);
        expand(grid);
    }

    private LibraryFilter filter() {
        return new LibraryFilter(
                strategy.getValue() == null ? null : strategy.getValue().id(),
                search.getValue(),
                mode.getValue(),
                minutes.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }
}
