package app.dyad.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Sets text of any script Dyad accepts (names, notes, answers) into a PDF: the note PDF and the records. Each character takes the first embedded font
 * that has it (OpenPDF's {@link FontSelector}); a character none has is printed as its Unicode name in brackets, so
 * nothing signed disappears silently. Each paragraph runs in the direction of its first strong letter, and OpenPDF's
 * bidi line layout (the Unicode bidi algorithm, with Arabic joining into presentation forms) puts right-to-left text
 * in reading order. The fonts and their licences are under {@code resources/fonts/note-pdf}.
 */
public final class PdfTypesetter {

    /** How a piece of text looks: its size and weight. */
    public record Style(float size, boolean bold) {}

    private static final String DIR = "fonts/note-pdf/";
    private static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    private final List<BaseFont> regular;
    private final List<BaseFont> bold;

    public PdfTypesetter() {
        List<BaseFont> cjkAndEmoji = List.of(
                font(DIR + "DroidSansFallbackFull.ttf"),
                font(DIR + "NanumGothicCoding.ttf"),
                font(DIR + "Symbola.ttf"));
        regular = fallback(
                font("liberation/LiberationSans-Regular.ttf"), font(DIR + "NotoSansArabic-Regular.ttf"), cjkAndEmoji);
        bold = fallback(font("liberation/LiberationSans-Bold.ttf"), font(DIR + "NotoSansArabic-Bold.ttf"), cjkAndEmoji);
    }

    /** Latin, Greek, Cyrillic and Hebrew first, then Arabic, Chinese and Japanese, Korean, emoji and symbols. */
    private static List<BaseFont> fallback(BaseFont latin, BaseFont arabic, List<BaseFont> cjkAndEmoji) {
        List<BaseFont> fonts = new ArrayList<>(List.of(latin, arabic));
        fonts.addAll(cjkAndEmoji);
        return List.copyOf(fonts);
    }

    /** One block of text, split into paragraphs at its line breaks, each in its own direction. */
    public PdfPTable block(String text, Style style, float spacingBefore) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.setSplitLate(false);
        FontSelector fonts = fontsFor(style);
        for (Paragraph paragraph : paragraphs(printable(text, style))) {
            PdfPCell cell = new PdfPCell(fonts.process(paragraph.text()));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(style.size() * 0.3f);
            cell.setLeading(0, 1.3f);
            cell.setRunDirection(paragraph.direction());
            // in a right-to-left cell OpenPDF mirrors the alignment: "left" is the start of the line
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private record Paragraph(String text, int direction) {}

    /** Consecutive lines of the same direction share a cell; an empty line keeps the direction before it. */
    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentDirection = PdfWriter.RUN_DIRECTION_LTR;
        for (String line : text.split("\n", -1)) {
            int direction = line.isBlank() ? currentDirection : direction(line);
            if (direction != currentDirection && !current.isEmpty()) {
                paragraphs.add(new Paragraph(current.toString(), currentDirection));
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line.isEmpty() ? " " : line);
            currentDirection = direction;
        }
        paragraphs.add(new Paragraph(current.toString(), currentDirection));
        return paragraphs;
    }

    private static int direction(String line) {
        return new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                ? PdfWriter.RUN_DIRECTION_LTR
                : PdfWriter.RUN_DIRECTION_RTL;
    }

    /**
     * The text with every character no embedded font can draw replaced by its name, "[EGYPTIAN HIEROGLYPH A001]".
     * Invisible format characters (variation selectors, joiners) only choose how a neighbour looks, so one no font
     * knows is left out rather than named.
     */
    private String printable(String text, Style style) {
        List<BaseFont> fonts = style.bold() ? bold : regular;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isSupplementaryCodePoint(c) && fonts.stream().anyMatch(f -> f.charExists(c))) {
                // OpenPDF's bidi reverses a right-to-left run char by char, which would split the surrogate pair of
                // an emoji between Arabic words; a left-to-right embedding keeps the pair whole, in its place
                out.append(LEFT_TO_RIGHT_EMBEDDING).appendCodePoint(c).append(POP_DIRECTIONAL_FORMATTING);
            } else if (c == '\n' || c == '\r' || fonts.stream().anyMatch(f -> f.charExists(c))) {
                out.appendCodePoint(c == '\r' ? ' ' : c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT && !isVariationSelector(c)) {
                String name = Character.getName(c);
                out.append('[')
                        .append(name == null ? String.format(Locale.ROOT, "U+%04X", c) : name)
                        .append(']');
            }
        });
        return out.toString();
    }

    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private FontSelector fontsFor(Style style) {
        FontSelector selector = new FontSelector();
        for (BaseFont font : style.bold() ? bold : regular) {
            selector.addFont(new Font(font, style.size()));
        }
        return selector;
    }

    private static BaseFont font(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
