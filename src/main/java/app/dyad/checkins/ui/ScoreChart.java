package app.dyad.checkins.ui;

import app.dyad.base.ui.Formats;
import app.dyad.checkins.InstrumentProgress;
import app.dyad.checkins.InstrumentView;
import app.dyad.checkins.ScorePoint;
import app.dyad.checkins.Trend;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One instrument's chart of both partners' scores, drawn as SVG on the server, with a "show as table" switch that
 * puts the same numbers in a table (built only when asked for).
 */
class ScoreChart extends Div {

    private final Trend one;
    private final Trend two;
    private final Div chart = new Div();
    private final Div table = new Div();

    ScoreChart(InstrumentProgress progress) {
        InstrumentView instrument = progress.instrument();
        this.one = progress.one();
        this.two = progress.two();
        addClassName("dyad-chart");
        String id = "chart-" + instrument.code().toLowerCase(Locale.ROOT);
        setId(id);
        String cutoffLabel = instrument.cutoff() == null
                ? ""
                : getTranslation("checkins.chart.cutoff", ScoreChartSvg.number(instrument.cutoff()));
        String svg = ScoreChartSvg.svg(new ScoreChartSvg.Chart(
                id + "-svg",
                getTranslation("checkins.chart.title", instrument.title()),
                description(instrument),
                instrument.minScore(),
                instrument.maxScore(),
                instrument.cutoff(),
                cutoffLabel,
                one,
                two,
                getLocale()));
        String title = getTranslation("checkins.chart.title", instrument.title());
        Image image = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                title + ". " + description(instrument));
        image.setId(id + "-image");
        image.addClassName("dyad-chart-image");
        chart.add(image);
        Checkbox asTable = new Checkbox(getTranslation("checkins.chart.as-table"));
        asTable.setId(id + "-as-table");
        asTable.addValueChangeListener(event -> {
            if (table.getChildren().findAny().isEmpty()) {
                table.add(table());
            }
            chart.setVisible(!event.getValue());
            table.setVisible(event.getValue());
        });
        table.setVisible(false);
        add(chart, table, asTable);
    }

    private String description(InstrumentView instrument) {
        String range = getTranslation(
                "checkins.chart.range",
                ScoreChartSvg.number(instrument.minScore()),
                ScoreChartSvg.number(instrument.maxScore()));
        return Stream.of(one, two).map(this::describe).collect(Collectors.joining(" ")) + " " + range;
    }

    private String describe(Trend trend) {
        if (trend.points().isEmpty()) {
            return getTranslation("checkins.chart.no-scores", trend.name());
        }
        ScorePoint last = trend.points().getLast();
        return getTranslation(
                "checkins.chart.summary",
                trend.name(),
                trend.points().size(),
                ScoreChartSvg.number(last.score()),
                Formats.date(this, last.roundOn()));
    }

    private NativeTable table() {
        NativeTable t = new NativeTable();
        t.addClassName("dyad-score-table");
        t.setCaptionText(getTranslation("checkins.chart.table-caption"));
        NativeTableRow head = t.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("checkins.chart.round"));
        head.addHeaderCell().setText(one.name());
        head.addHeaderCell().setText(two.name());
        Map<LocalDate, Double> ones = byDay(one);
        Map<LocalDate, Double> twos = byDay(two);
        TreeSet<LocalDate> days = new TreeSet<>(ones.keySet());
        days.addAll(twos.keySet());
        for (LocalDate day : days) {
            NativeTableRow row = t.getBody().addRow();
            row.addHeaderCell().setText(Formats.date(this, day));
            row.addDataCell().setText(cell(ones.get(day)));
            row.addDataCell().setText(cell(twos.get(day)));
        }
        return t;
    }

    private static Map<LocalDate, Double> byDay(Trend trend) {
        return trend.points().stream().collect(Collectors.toMap(ScorePoint::roundOn, ScorePoint::score, (a, b) -> b));
    }

    private static String cell(@Nullable Double score) {
        return Optional.ofNullable(score).map(ScoreChartSvg::number).orElse("–");
    }
}
