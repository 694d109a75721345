package clinic.cadence.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.extend.OutputDevice;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer's text measuring and drawing, made right for shaped fonts (the Noto families).
 *
 * <p>Flying Saucer measures a text by adding up its characters' widths. Shaped text is narrower or
 * wider than that (Arabic letters join, Devanagari forms conjuncts), which left gaps after such
 * names; here a shaped font's text is measured as HarfBuzz lays it out. Unshaped fonts (Liberation
 * Sans, the CJK font) are measured and drawn exactly as before.
 */
final class ShapedTextRenderer extends ITextTextRenderer {
    private static final float TEXT_MEASURING_DELTA = 0.01f;

    /**
     * Shaped layouts already computed for this renderer (one plan, one thread): layout measures the
     * same words several times, and drawing checks them once more.
     */
    private final Map<Shaping, GlyphVector> shaped = new HashMap<>();

    /** BaseFont compares by identity: one object per font face ({@link FontBook}). */
    private record Shaping(BaseFont font, float size, String text) {
    }

    /** A renderer that measures and draws shaped text with these classes. */
    static ITextRenderer newRenderer() {
        ShapedTextRenderer text = new ShapedTextRenderer();
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, new Device(ITextRenderer.DEFAULT_DOTS_PER_POINT, text));
        renderer.getSharedContext().setTextRenderer(text);
        return renderer;
    }

    private GlyphVector shape(BaseFont bf, float size, String s) {
        return shaped.computeIfAbsent(new Shaping(bf, size, s),
                k -> LayoutProcessor.computeGlyphVector(k.font(), k.size(), k.text()));
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        BaseFont bf = ((ITextFSFont) font).getFontDescription().getFont();
        if (!LayoutProcessor.supportsFont(bf) || string.isEmpty()) {
            return super.getWidth(context, font, string);
        }
        GlyphVector glyphs = shape(bf, font.getSize2D(), string);
        float result = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y,
            JustificationInfo info) {
        ((Device) outputDevice).drawString(string, x, y, info);
    }

    /**
     * Draws shaped text whole (never letter by letter for justification or letter spacing, which
     * would undo the shaping), and marks a left-to-right shaped run with its text as ActualText, so
     * copying and searching give the characters in reading order (a Devanagari vowel sign is drawn
     * before the consonant it follows). A right-to-left run is marked only where its glyphs do not
     * map one to one onto its letters: readers put plain right-to-left glyphs back in reading order
     * themselves, and poppler (not PDFBox or Acrobat) reverses a marked right-to-left run.
     */
    static final class Device extends ITextOutputDevice {
        /**
         * Whether each character became exactly one glyph, in order: then each glyph's Unicode
         * mapping reads back as the text. Arabic often draws one letter as two glyphs (a dotless
         * form and its dots) or two letters as one (lam-alef), and those runs need ActualText.
         */
        private boolean oneGlyphPerCharacter(BaseFont bf, float size, String s) {
            GlyphVector glyphs = text.shape(bf, size, s);
            if (glyphs.getNumGlyphs() != s.length()) {
                return false;
            }
            int[] seen = new int[s.length()];
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                if (seen[glyphs.getGlyphCharIndex(i)]++ > 0) {
                    return false;
                }
            }
            return true;
        }

        private final ShapedTextRenderer text;
        private ITextFSFont font;

        Device(float dotsPerPoint, ShapedTextRenderer text) {
            super(dotsPerPoint);
            this.text = text;
        }

        @Override
        public void setFont(FSFont font) {
            super.setFont(font);
            this.font = (ITextFSFont) font;
        }

        @Override
        public void drawString(String s, float x, float y, JustificationInfo info) {
            BaseFont bf = font == null ? null : font.getFontDescription().getFont();
            if (bf == null || !LayoutProcessor.supportsFont(bf) || s.isBlank()) {
                super.drawString(s, x, y, info);
                return;
            }
            boolean actualText = !Bidi.requiresBidi(s.toCharArray(), 0, s.length())
                    || !oneGlyphPerCharacter(bf, font.getSize2D(), s);
            PdfContentByte cb = getCurrentPage();
            if (actualText) {
                PdfDictionary span = new PdfDictionary();
                span.put(PdfName.ACTUALTEXT, new PdfString(s, PdfObject.TEXT_UNICODE));
                cb.beginMarkedContentSequence(PdfName.SPAN, span, true);
            }
            super.drawString(s, x, y, null);
            if (actualText) {
                cb.endMarkedContentSequence();
            }
        }
    }
}
