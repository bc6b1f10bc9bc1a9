package app.dyad.checkins.ui;

import app.dyad.checkins.ScorePoint;
import app.dyad.checkins.Trend;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws two partners' scores over time as an SVG line chart on the server: no chart library, no script. Each point is
 * a mark with its own tooltip, the second partner's line is dashed with square marks (so colour is never the only
 * difference), a published cut-off is a labelled line. The page shows it as an image (so nothing in it is ever parsed
 * into the page), which is why it carries its own colours for the light and the dark scheme; its title and description
 * are the image's text for screen readers too.
 */
final class ScoreChartSvg {

    static final int WIDTH = 480;
    static final int HEIGHT = 260;
    private static final int LEFT = 36;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 34;

    /** What one chart shows. */
    record Chart(
            String id,
            String title,
            String description,
            double min,
            double max,
            @Nullable Double cutoff,
            String cutoffLabel,
            Trend one,
            Trend two,
            Locale locale) {}

    /** Dyad's palette (styles.css) for both schemes; the second partner's line is dashed besides. */
    private static final String STYLE = """
            <style>
            text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:15px;fill:#5b6470}
            .legend .label{font-size:16px;fill:#1f2933}
            .grid{stroke:#e3e6ea;stroke-width:1}
            .cutoff{stroke:#a3261f;stroke-width:1.5;stroke-dasharray:2 4}
            .cutoff-label{fill:#a3261f}
            .series .line{fill:none;stroke-width:2.5}
            .one .line{stroke:#1d5fb4}.one .point{fill:#1d5fb4}
            .two .line{stroke:#b4500f;stroke-dasharray:7 4}.two .point{fill:#b4500f}
            @media (prefers-color-scheme:dark){
            text{fill:#aab4bf}.legend .label{fill:#eef1f4}.grid{stroke:#333b44}
            .cutoff{stroke:#f08a84}.cutoff-label{fill:#f08a84}
            .one .line{stroke:#8db8f5}.one .point{fill:#8db8f5}
            .two .line{stroke:#f7b06b}.two .point{fill:#f7b06b}}
            </style>""".replace("\n", "");

    private ScoreChartSvg() {}

    static String svg(Chart chart) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dyad-chart-svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(chart.id())
                .append("-title ")
                .append(chart.id())
                .append("-desc\">");
        svg.append(STYLE);
        svg.append("<title id=\"")
                .append(chart.id())
                .append("-title\">")
                .append(escape(chart.title()))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(chart.id())
                .append("-desc\">")
                .append(escape(chart.description()))
                .append("</desc>");
        List<LocalDate> days = Stream.concat(chart.one().points().stream(), chart.two().points().stream())
                .map(ScorePoint::roundOn)
                .sorted()
                .toList();
        LocalDate first = days.isEmpty() ? LocalDate.EPOCH : days.getFirst();
        LocalDate last = days.isEmpty() ? LocalDate.EPOCH : days.getLast();
        Scale scale = new Scale(chart.min(), chart.max(), first, last);
        axes(svg, chart, scale, first, last);
        if (chart.cutoff() != null) {
            double y = scale.y(chart.cutoff());
            horizontalLine(svg, "cutoff", y);
            svg.append("<text class=\"cutoff-label\" x=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y=\"")
                    .append(fmt(y - 4))
                    .append("\" text-anchor=\"end\">")
                    .append(escape(chart.cutoffLabel()))
                    .append("</text>");
        }
        series(svg, chart.one(), "one", scale, chart.locale());
        series(svg, chart.two(), "two", scale, chart.locale());
        legend(svg, chart);
        svg.append("</svg>");
        return svg.toString();
    }

    /** A line across the plot at height {@code y}: a grid line or the cut-off. */
    private static void horizontalLine(StringBuilder svg, String cssClass, double y) {
        svg.append("<line class=\"")
                .append(cssClass)
                .append("\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(fmt(y))
                .append("\" y2=\"")
                .append(fmt(y))
                .append("\"/>");
    }

    private static void axes(StringBuilder svg, Chart chart, Scale scale, LocalDate first, LocalDate last) {
        for (double tick : ticks(chart.min(), chart.max())) {
            double y = scale.y(tick);
            horizontalLine(svg, "grid", y);
            svg.append("<text class=\"tick\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(number(tick))
                    .append("</text>");
        }
        if (first.equals(LocalDate.EPOCH)) {
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", chart.locale());
        int y = HEIGHT - 10;
        svg.append("<text class=\"tick\" x=\"")
                .append(fmt(scale.x(first)))
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"")
                .append(first.equals(last) ? "middle" : "start")
                .append("\">")
                .append(escape(day.format(first)))
                .append("</text>");
        if (!first.equals(last)) {
            svg.append("<text class=\"tick\" x=\"")
                    .append(fmt(scale.x(last)))
                    .append("\" y=\"")
                    .append(y)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(day.format(last)))
                    .append("</text>");
        }
    }

    private static void series(StringBuilder svg, Trend trend, String who, Scale scale, Locale locale) {
        if (trend.points().isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        for (ScorePoint p : trend.points()) {
            path.append(path.isEmpty() ? "M" : " L")
                    .append(fmt(scale.x(p.roundOn())))
                    .append(' ')
                    .append(fmt(scale.y(p.score())));
        }
        svg.append("<g class=\"series ").append(who).append("\">");
        svg.append("<path class=\"line\" d=\"").append(path).append("\"/>");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        for (ScorePoint p : trend.points()) {
            double x = scale.x(p.roundOn());
            double y = scale.y(p.score());
            String tip = "<title>" + escape(trend.name() + ", " + day.format(p.roundOn()) + ": " + number(p.score()))
                    + "</title>";
            if ("one".equals(who)) {
                svg.append("<circle class=\"point\" cx=\"")
                        .append(fmt(x))
                        .append("\" cy=\"")
                        .append(fmt(y))
                        .append("\" r=\"4.5\">")
                        .append(tip)
                        .append("</circle>");
            } else {
                svg.append("<rect class=\"point\" x=\"")
                        .append(fmt(x - 4))
                        .append("\" y=\"")
                        .append(fmt(y - 4))
                        .append("\" width=\"8\" height=\"8\">")
                        .append(tip)
                        .append("</rect>");
            }
        }
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg, Chart chart) {
        int y = 16;
        svg.append("<g class=\"legend\">");
        svg.append("<g class=\"series one\"><line class=\"line\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(LEFT + 22)
                .append("\" y1=\"")
                .append(y)
                .append("\" y2=\"")
                .append(y)
                .append("\"/><circle class=\"point\" cx=\"")
                .append(LEFT + 11)
                .append("\" cy=\"")
                .append(y)
                .append("\" r=\"4.5\"/></g>");
        svg.append("<text class=\"label\" x=\"")
                .append(LEFT + 28)
                .append("\" y=\"")
                .append(y + 4)
                .append("\">")
                .append(escape(shorten(chart.one().name())))
                .append("</text>");
        int second = LEFT + 190;
        svg.append("<g class=\"series two\"><line class=\"line\" x1=\"")
                .append(second)
                .append("\" x2=\"")
                .append(second + 22)
                .append("\" y1=\"")
                .append(y)
                .append("\" y2=\"")
                .append(y)
                .append("\"/><rect class=\"point\" x=\"")
                .append(second + 7)
                .append("\" y=\"")
                .append(y - 4)
                .append("\" width=\"8\" height=\"8\"/></g>");
        svg.append("<text class=\"label\" x=\"")
                .append(second + 28)
                .append("\" y=\"")
                .append(y + 4)
                .append("\">")
                .append(escape(shorten(chart.two().name())))
                .append("</text>");
        svg.append("</g>");
    }

    private static String shorten(String name) {
        return name.codePointCount(0, name.length()) <= 18
                ? name
                : name.substring(0, name.offsetByCodePoints(0, 17)) + "…";
    }

    static List<Double> ticks(double min, double max) {
        double span = max - min;
        double step = span > 12 ? 7 : span > 6 ? 2.5 : 1;
        if (span == 10) {
            step = 5;
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + 1e-9; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    private record Scale(double min, double max, LocalDate first, LocalDate last) {

        double x(LocalDate day) {
            long span = ChronoUnit.DAYS.between(first, last);
            if (span == 0) {
                return (LEFT + WIDTH - RIGHT) / 2.0;
            }
            double inner = WIDTH - RIGHT - LEFT - 24;
            return LEFT + 12 + inner * ChronoUnit.DAYS.between(first, day) / span;
        }

        double y(double value) {
            double inner = HEIGHT - TOP - BOTTOM;
            return TOP + inner * (max - value) / (max - min);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
