package app.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the source itself, where a class-level rule cannot look. A QR code or chart drawn by a remote service
 * would send what it shows (an authenticator secret, a couple's scores) to that service: Dyad draws both itself,
 * so no file under {@code src/main} may name such a service or the CDNs that chart libraries are loaded from.
 */
class ArchitectureGuardsTest {

    private static final List<String> EXTERNAL_DRAWING_SERVICES = List.of(
            "chart.googleapis.com",
            "chart.apis.google.com",
            "api.qrserver.com",
            "qrserver.com",
            "quickchart.io",
            "image-charts.com",
            "qrcode.tec-it.com",
            "goqr.me",
            "cdn.jsdelivr.net",
            "cdnjs.cloudflare.com",
            "unpkg.com",
            "qr-code-generator.com",
            "zxing.org/w/chart");

    private static final Set<String> SOURCE_EXTENSIONS = Set.of("java", "properties", "html", "css", "js", "ts");

    /** Written by Vaadin in development mode and ignored by git: not Dyad's source. */
    private static final Path GENERATED_FRONTEND = Path.of("frontend", "generated");

    @Test
    void noMainSourceNamesAnExternalQrCodeOrChartService() throws IOException {
        assertThat(externalDrawingServicesNamed(Path.of("src/main")))
                .as("files under src/main that name a remote QR-code or chart service (draw it here instead, "
                        + "as base.ui.QrCode does)")
                .isEmpty();
    }

    @Test
    void theScannerReportsAFileThatAsksARemoteServiceForAQrCode(@TempDir Path root) throws IOException {
        Path view = root.resolve("java/app/dyad/identity/ui/TwoStepSetup.java");
        Files.createDirectories(view.getParent());
        Files.writeString(view, "String src = \"https://api.qrserver.com/v1/create-qr-code/?data=x\";\n");
        Files.writeString(root.resolve("notes.txt"), "https://api.qrserver.com/ in a file that is not source\n");

        assertThat(externalDrawingServicesNamed(root))
                .containsExactly(view + " names api.qrserver.com", view + " names qrserver.com");
    }

    /** Each finding says which file (as found under the root) names which service. */
    static List<String> externalDrawingServicesNamed(Path root) throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(ArchitectureGuardsTest::isSource)
                    .sorted()
                    .toList()) {
                Path relative = root.relativize(file);
                if (relative.startsWith(GENERATED_FRONTEND)) {
                    continue;
                }
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                for (String host : EXTERNAL_DRAWING_SERVICES) {
                    if (text.contains(host)) {
                        findings.add(file + " names " + host);
                    }
                }
            }
        }
        return findings;
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
