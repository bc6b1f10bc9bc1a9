package app.dyad.checkins.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.dyad.checkins.ScorePoint;
import app.dyad.checkins.Trend;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart is well-formed SVG with one mark per answered check-in, the cut-off line, and names kept as text. */
class ScoreChartSvgTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String chart(Trend one, Trend two, Double cutoff) {
        return ScoreChartSvg.svg(new ScoreChartSvg.Chart(
                "c", "CSI-4: scores over time", "Two partners", 0, 21, cutoff, "Cut-off 13.5", one, two, Locale.UK));
    }

    private static List<ScorePoint> points(double... scores) {
        return IntStream.range(0, scores.length)
                .mapToObj(i -> new ScorePoint(DAY.plusWeeks(2L * i), scores[i]))
                .toList();
    }

    @Test
    void eachAnsweredCheckInIsOneMarkOnItsPartnersLine() throws Exception {
        Document svg = parse(chart(new Trend("Alex", points(10, 12, 15, 17)), new Trend("Sam", points(9, 14)), 13.5));
        NodeList circles = svg.getElementsByTagName("circle");
        NodeList squares = svg.getElementsByTagName("rect");
        // one of each is the legend's sample
        assertThat(circles.getLength()).isEqualTo(4 + 1);
        assertThat(squares.getLength()).isEqualTo(2 + 1);
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("CSI-4: scores over time");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Two partners");
    }

    @Test
    void thePublishedCutOffIsALabelledLineAtItsValue() throws Exception {
        String svg = chart(new Trend("Alex", points(10)), new Trend("Sam", List.of()), 13.5);
        Document doc = parse(svg);
        NodeList lines = doc.getElementsByTagName("line");
        boolean found = false;
        for (int i = 0; i < lines.getLength(); i++) {
            var line = (Element) lines.item(i);
            if (line.getAttribute("class").equals("cutoff")) {
                found = true;
                // 0..21 over the plot's 190 px from y=36: 13.5 is at 36 + 190 * 7.5 / 21
                assertThat(Double.parseDouble(line.getAttribute("y1"))).isCloseTo(103.9, offset(0.1));
            }
        }
        assertThat(found).isTrue();
        assertThat(svg).contains("Cut-off 13.5");
        assertThat(chart(new Trend("Alex", points(10)), new Trend("Sam", List.of()), null))
                .doesNotContain("class=\"cutoff\"");
    }

    @Test
    void namesInAnyScriptAreTextNeverMarkup() throws Exception {
        String svg =
                chart(new Trend("<script>alert(1)</script> عليّ", points(3)), new Trend("שרה 😊 李", points(4)), null);
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains("عليّ", "שרה 😊 李");
    }
}
