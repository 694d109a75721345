package clinic.cadence.pdf;

import clinic.cadence.UnusableInputException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts every plan is set in, read once per run and shared by all renderers.
 *
 * <p>Liberation Sans (from openpdf-fonts-extra) carries Latin, Greek and Cyrillic;
 * WenQuanYi Zen Hei (bundled into the jar by the build) carries Chinese, Japanese and Korean.
 * Flying Saucer picks one font per run of text and silently drops characters that font lacks, so
 * text from the roster goes through {@link #lettering} to put the wide-script runs in the CJK font.
 */
final class Typefaces {
    static final String LATIN_FAMILY = "Liberation Sans";
    static final String WIDE_FAMILY = "WenQuanYi Zen Hei";

    private record Face(String family, BaseFont font) {
    }

    /** Holds the fonts as Flying Saucer describes them; each renderer gets these same descriptions. */
    private final ITextFontResolver shared;
    private final BaseFont latin;

    private Typefaces(ITextFontResolver shared, BaseFont latin) {
        this.shared = shared;
        this.latin = latin;
    }

    /** Parses the fonts (a few hundred milliseconds for the 17 MB CJK collection): once per run. */
    static Typefaces load() {
        List<Face> faces = new ArrayList<>();
        ITextFontResolver shared = new ITextFontResolver();
        for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            faces.add(face(shared, LATIN_FAMILY, "liberation/LiberationSans-" + style + ".ttf", ""));
        }
        // Index 0 of the collection is the proportional "WenQuanYi Zen Hei" face.
        faces.add(face(shared, WIDE_FAMILY, "fonts/wqy-zenhei.ttc", ",0"));
        for (int i = 0; i < faces.size(); i++) {
            faces.get(i).font().setSecureRandom(new FixedSubsetTag(i));
        }
        shared.getFonts(); // loads the resolver's built-in families now, on one thread; later reads only read
        return new Typefaces(shared, faces.get(0).font());
    }

    private static Face face(ITextFontResolver shared, String family, String resource, String collectionIndex) {
        byte[] bytes = readResource(resource);
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        Path copy = null;
        try {
            BaseFont font = BaseFont.createFont(name + collectionIndex, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, bytes, null);
            // Flying Saucer reads a font's underline metrics from a file, so it gets a short-lived copy,
            // in the run's private temporary folder (POI's temp-file place, which the run sets), so a
            // killed run leaves nothing where another user or the next run trips over it.
            copy = org.apache.poi.util.TempFile.createTempFile("cadence-font-", "-" + name).toPath();
            Files.write(copy, bytes);
            shared.addFont(font, copy + collectionIndex, family);
            return new Face(family, font);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot read the bundled font " + resource, e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = Typefaces.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnusableInputException("the font " + resource + " is missing from the build: "
                        + "rebuild with the package fonts-wqy-zenhei available (see fonts/fetch-cjk-font.sh)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenPDF names each embedded font subset with six random capitals ("CUSPNQ+LiberationSans"),
     * which would make every PDF's bytes differ. This "random" source always gives the same letter
     * per font (AAAAAA, BBBBBB, ...): still a distinct tag for each font within a document.
     */
    private static final class FixedSubsetTag extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final double letter;

        FixedSubsetTag(int index) {
            this.letter = (index % 26 + 0.5) / 26.0;
        }

        @Override
        public double nextDouble() {
            return letter;
        }
    }

    /** Gives one renderer's resolver the shared font descriptions: nothing is parsed or read again. */
    void install(ITextFontResolver resolver) {
        resolver.getFonts().putAll(shared.getFonts());
    }

    /** Whether the Latin font has a glyph for this character (else it goes to the CJK font). */
    boolean latinCovers(int codePoint) {
        return latin.charExists(codePoint);
    }

    /**
     * Roster text as XHTML markup: escaped, control characters dropped, and every run of characters
     * that Liberation Sans lacks wrapped in a span set in the CJK font.
     */
    String lettering(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        StringBuilder run = new StringBuilder();
        boolean wide = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                cp = ' ';
            } else if (Character.isISOControl(cp) || !isXmlChar(cp)) {
                continue; // XML cannot carry it, and it has no business in a name
            }
            boolean cpWide = !Character.isWhitespace(cp) ? !latinCovers(cp) : wide;
            if (cpWide != wide && run.length() > 0) {
                flush(out, run, wide);
            }
            wide = cpWide;
            run.appendCodePoint(cp);
        }
        flush(out, run, wide);
        return out.toString();
    }

    private static boolean isXmlChar(int cp) {
        return cp < 0xFFFE && !(cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static void flush(StringBuilder out, StringBuilder run, boolean wide) {
        if (run.length() == 0) {
            return;
        }
        String escaped = escape(run.toString());
        if (wide) {
            out.append("<span style=\"font-family: '").append(WIDE_FAMILY).append("'\">").append(escaped)
                    .append("</span>");
        } else {
            out.append(escaped);
        }
        run.setLength(0);
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
