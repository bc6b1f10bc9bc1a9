package app.dyad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The QR code drawn on the server says exactly what it was given: its SVG, read back by a scanner (ZXing's reader
 * on pixels painted from the SVG's own path), gives the same text, and the SVG points at no other server.
 */
class QrCodeTest {

    private static final String AUTHENTICATOR_KEY = "otpauth://totp/Dyad:maya%40dyad.demo?secret=JBSWY3DPEHPK3PXP"
            + "&issuer=Dyad&algorithm=SHA1&digits=6&period=30";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern DARK_RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final Pattern PATH_DATA = Pattern.compile("<path [^>]*d=\"([^\"]*)\"");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void scanningTheDrawnCodeGivesBackTheAuthenticatorKey() throws NotFoundException {
        String svg = QrCode.svg(AUTHENTICATOR_KEY);

        assertThat(scan(svg)).isEqualTo(AUTHENTICATOR_KEY);
    }

    @Test
    void theDrawingIsOnePathOfDarkModulesWithCrispEdges() {
        String svg = QrCode.svg(AUTHENTICATOR_KEY);

        assertThat(svg).contains("shape-rendering=\"crispEdges\"").contains("fill=\"#fff\"");
        assertThat(PATH_DATA.matcher(svg).results().count()).isEqualTo(1);
        assertThat(DARK_RUN.matcher(pathData(svg)).replaceAll(""))
                .as("path data that is no dark run")
                .isEmpty();
    }

    @Test
    void theDrawingNamesNoServerButTheSvgNamespace() {
        String svg = QrCode.svg(AUTHENTICATOR_KEY);

        assertThat(svg.replace(SVG_NAMESPACE, "")).doesNotContainIgnoringCase("http");
    }

    @Test
    void theImageCarriesTheDrawingInlineNotALinkToIt() {
        QrCode code = new QrCode(AUTHENTICATOR_KEY, "QR code of your authenticator key");

        String prefix = "data:image/svg+xml;base64,";
        String src = code.getSrc();
        assertThat(src).startsWith(prefix);
        String svg = new String(Base64.getDecoder().decode(src.substring(prefix.length())), StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(QrCode.svg(AUTHENTICATOR_KEY));
        assertThat(code.getAlt()).contains("QR code of your authenticator key");
        assertThat(code.getClassNames()).contains("dyad-qr");
    }

    /** Paints the SVG's dark runs black on white, a few pixels per module, and reads the code as a camera would. */
    private static String scan(String svg) throws NotFoundException {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        assertThat(viewBox.find()).as("viewBox in modules").isTrue();
        int widthModules = Integer.parseInt(viewBox.group(1));
        int heightModules = Integer.parseInt(viewBox.group(2));
        int width = widthModules * PIXELS_PER_MODULE;
        int height = heightModules * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = DARK_RUN.matcher(pathData(svg));
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
                int rowStart = py * width;
                Arrays.fill(pixels, rowStart + x * PIXELS_PER_MODULE, rowStart + (x + length) * PIXELS_PER_MODULE, 0);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        return new MultiFormatReader().decode(bitmap, hints).getText();
    }

    private static String pathData(String svg) {
        Matcher path = PATH_DATA.matcher(svg);
        assertThat(path.find()).as("a path of dark modules").isTrue();
        return path.group(1);
    }
}
