package app.dyad.base.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code drawn here, on the server, with ZXing, and shown as an inline SVG image. It is never fetched from a
 * remote QR service: the text it carries is often a secret (an authenticator's {@code otpauth://} key), and a URL
 * that asks someone else's server to draw it would hand that secret to them and to every log on the way. The
 * Content-Security-Policy allows {@code data:} images, so nothing leaves the page.
 */
public class QrCode extends Image {

    /** The quiet zone the QR standard asks for, in modules: scanners find the code by this white border. */
    private static final int MARGIN_MODULES = 4;

    public QrCode(String text, String altText) {
        super(dataUrl(text), altText);
        addClassName("dyad-qr");
    }

    /**
     * The SVG of the code: a white background and one path of the dark modules, its viewBox counted in modules so
     * it scales to any size without blurring.
     */
    static String svg(String text) {
        BitMatrix modules = modules(text);
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && modules.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M')
                        .append(start)
                        .append(' ')
                        .append(y)
                        .append('h')
                        .append(run)
                        .append("v1h-")
                        .append(run)
                        .append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String dataUrl(String text) {
        byte[] svg = svg(text).getBytes(StandardCharsets.UTF_8);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg);
    }

    private static BitMatrix modules(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION,
                ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN,
                MARGIN_MODULES,
                EncodeHintType.CHARACTER_SET,
                StandardCharsets.UTF_8.name());
        try {
            // Width and height 0: one matrix cell per module, quiet zone included.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("This text does not fit in a QR code", tooLong);
        }
    }
}
