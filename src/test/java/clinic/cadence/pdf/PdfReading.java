package clinic.cadence.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered plan back with PDFBox: its text, the fonts that draw each character, its pages. */
final class PdfReading {

    /** One drawn character: what it reads as, the font drawing it, and whether that font has its glyph. */
    record Glyph(String unicode, String font, boolean embedded, boolean hasGlyph) {
    }

    private PdfReading() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with runs of white space as one space, so line wrapping does not matter; twice, in
     * reading position order (keeps a bold word in its line) and in drawing order (keeps each of two
     * columns whole).
     */
    static String text(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String byPosition = stripper.getText(doc);
            stripper.setSortByPosition(false);
            return (byPosition + " | " + stripper.getText(doc)).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    boolean has;
                    try {
                        has = font instanceof PDVectorFont vector && vector.hasGlyph(text.getCharacterCodes()[0]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    glyphs.add(new Glyph(text.getUnicode(), font.getName(), font.isEmbedded(), has));
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Every font on every page (page resources and the forms they use), with whether it is embedded. */
    static List<PDFont> fonts(byte[] pdf) {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), fonts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
