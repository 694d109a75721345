package clinic.cadence.pdf;

import java.util.SortedSet;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts every plan is set in, read once per JVM ({@link FontBook}) and shared by all renderers.
 *
 * <p>Liberation Sans carries Latin, Greek and Cyrillic; WenQuanYi Zen Hei Chinese, Japanese and
 * Korean; a Noto family each other script (see {@link ScriptFont}). Flying Saucer picks one font
 * per piece of text and would silently drop the characters it lacks, so every page goes through
 * {@link Scripts} before layout: each run of text in the family that has its glyphs, in visual order.
 */
final class Typefaces {
    static final String LATIN_FAMILY = ScriptFont.LATIN.family();
    static final String WIDE_FAMILY = ScriptFont.CJK.family();

    private final FontBook fonts;
    private final Scripts scripts;

    private Typefaces(FontBook fonts) {
        this.fonts = fonts;
        this.scripts = new Scripts(fonts);
    }

    /** The first call in a JVM parses Liberation Sans and the CJK collection (a few hundred milliseconds). */
    static Typefaces load() {
        return new Typefaces(FontBook.get());
    }

    /** Gives one renderer's resolver the shared font descriptions: nothing is parsed or read again. */
    void install(ITextFontResolver resolver) {
        fonts.install(resolver);
    }

    /** Whether the Latin font has a glyph for this character. */
    boolean latinCovers(int codePoint) {
        return fonts.covers(ScriptFont.LATIN, codePoint);
    }

    /** Sets the page's text in its fonts and directions ({@link Scripts#apply}); the characters no font has. */
    SortedSet<Integer> letter(Document page) {
        return scripts.apply(page);
    }

    /** The characters of a text that no font has. */
    SortedSet<Integer> missing(String text) {
        return scripts.missing(text);
    }

    /**
     * Roster text as XHTML markup: escaped, control characters dropped. Which font draws which
     * character is decided for the whole page later ({@link #letter}), so template text is covered too.
     */
    String lettering(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                cp = ' ';
            } else if (Character.isISOControl(cp) || !isXmlChar(cp)) {
                continue; // XML cannot carry it, and it has no business in a name
            }
            out.appendCodePoint(cp);
        }
        return escape(out.toString());
    }

    private static boolean isXmlChar(int cp) {
        return cp < 0xFFFE && !(cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
