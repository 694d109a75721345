package clinic.cadence.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CompactEmbeddedFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * Every font of every plan, one set per JVM, shared by all renderers and runs.
 *
 * <p>Shaping is one place's business: OpenPDF shapes (through HarfBuzz) the fonts registered with
 * {@link LayoutProcessor}, which must be switched on for the whole JVM. Liberation Sans is read at
 * start and WenQuanYi when a plan first needs it, neither registered, so Latin and CJK text is
 * drawn as it always was; every Noto family is registered and shaped, each read only when a plan
 * first needs it. A run whose plans are all Latin reads no other font.
 */
final class FontBook {
    /**
     * The characters of the Latin faces' shared subset ({@link FontPrograms}): printable ASCII and
     * the typographic marks the templates use. A plan that draws only these embeds the subset built
     * once per run; about 16 KB a face against 11 to 15 KB for a plan's own subset, and nothing to
     * build or compress per plan.
     */
    static final String SHARED_LATIN = printableAscii() + "\u00A0\u00B7\u2013\u2014\u2018\u2019\u201C\u201D"
            + "\u2022\u2026\u20AC\u25A1";

    private static String printableAscii() {
        StringBuilder ascii = new StringBuilder();
        for (char c = ' '; c < 0x7F; c++) {
            ascii.append(c);
        }
        return ascii.toString();
    }

    // After the constants it reads.
    private static final FontBook INSTANCE = new FontBook();

    /** The Flying Saucer descriptions of every font read so far; each renderer gets a copy of the map. */
    private final ITextFontResolver shared = new ITextFontResolver();
    /**
     * Regular faces by family ordinal, for coverage; null until read. Read without a lock (the PDF
     * workers ask for every character), written under this object's lock.
     */
    private final AtomicReferenceArray<BaseFont> regular = new AtomicReferenceArray<>(ScriptFont.values().length);
    /** Families that could not be read (e.g. the CJK font missing from a build); their text is reported. */
    private final Map<ScriptFont, Boolean> unavailable = new EnumMap<>(ScriptFont.class);

    private FontBook() {
        SharedStyles.configure(); // before Flying Saucer reads its configuration, which the next line does
        shared.getFonts(); // Flying Saucer's built-in families, read now on one thread
        List<String> latin = List.of("Regular", "Bold", "Italic", "BoldItalic");
        for (int i = 0; i < latin.size(); i++) {
            // The upright faces draw names and most words; the italic ones a fixed line or two, whose
            // own small subset is kept after the first plan.
            BaseFont font = add(ScriptFont.LATIN, "liberation/LiberationSans-" + latin.get(i) + ".ttf", "", i,
                    latin.get(i).contains("Italic") ? "" : SHARED_LATIN);
            if (i == 0) {
                regular.set(ScriptFont.LATIN.ordinal(), font);
            }
        }
        if (FontBook.class.getClassLoader().getResource(CJK_RESOURCE) == null) {
            unavailable.put(ScriptFont.CJK, true);
        }
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enable();
        }
    }

    static final String CJK_RESOURCE = "fonts/wqy-zenhei.ttc";
    /** The CJK face's subset tag, EEEEEE: after the four Liberation faces', as when it was read at start. */
    private static final int CJK_TAG = 4;

    static FontBook get() {
        return INSTANCE;
    }

    /**
     * Reads one face and adds it to the shared descriptions under the family's name. The font is
     * named by its class-path resource: OpenPDF and Flying Saucer read it again by that name.
     *
     * @param repertoire the characters whose subset plans share ({@link FontPrograms})
     */
    private BaseFont add(ScriptFont family, String resource, String collectionIndex, int tag, String repertoire) {
        try {
            byte[] data = read(resource);
            int index = collectionIndex.isEmpty() ? -1 : Integer.parseInt(collectionIndex.substring(1));
            BaseFont font = CompactEmbeddedFont.create(resource + collectionIndex, data,
                    new FontPrograms(data, index, repertoire), family.shaped());
            font.setSecureRandom(new FixedSubsetTag(tag));
            font.setIncludeCidSet(false); // PDF/A-2 forbids an incomplete CIDSet, and OpenPDF's is one
            // What ITextFontResolver.addFont(font, path, family) adds, from the bytes in hand: it would
            // read the whole file again from the jar.
            shared.getFonts().computeIfAbsent(family.family(), FontBook::newFamily).addFontDescription(
                    TrueTypeUtil.extractDescription(resource + collectionIndex, data, font, false, null, null));
            return font;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot read the bundled font " + resource, e);
        }
    }

    /** Flying Saucer makes its font families only inside addFont, which reads the font file again. */
    private static FontFamily newFamily(String name) {
        try {
            Constructor<FontFamily> make = FontFamily.class.getDeclaredConstructor(String.class);
            make.setAccessible(true);
            return make.newInstance(name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Flying Saucer changed: no FontFamily(String)", e);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = FontBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the build (see pom.xml)");
            }
            return in.readAllBytes();
        }
    }

    /** The regular face of a family, read now if this is its first use; null if it cannot be had. */
    BaseFont regular(ScriptFont family) {
        BaseFont font = regular.get(family.ordinal());
        return font != null ? font : load(family);
    }

    private synchronized BaseFont load(ScriptFont family) {
        BaseFont font = regular.get(family.ordinal());
        if (font != null || unavailable.containsKey(family) || family == ScriptFont.LATIN) {
            return font;
        }
        try {
            if (family == ScriptFont.CJK) {
                // Index 0 of the collection is the proportional "WenQuanYi Zen Hei" face. Read when a
                // plan first needs it (17 MB, half a second); unshaped, as it was always drawn.
                font = add(family, CJK_RESOURCE, ",0", CJK_TAG, "");
                regular.set(family.ordinal(), font);
                return font;
            }
            font = add(family, family.resource(false), "", 8 + 2 * family.ordinal(), "");
            add(family, family.resource(true), "", 9 + 2 * family.ordinal(), "");
            regular.set(family.ordinal(), font);
            return font;
        } catch (IllegalStateException e) {
            unavailable.put(family, true);
            return null;
        }
    }

    /** Whether the family has a glyph for the character (reading the family if need be). */
    boolean covers(ScriptFont family, int codePoint) {
        BaseFont font = regular(family);
        return font != null && font.charExists(codePoint);
    }

    /** Gives a renderer's resolver every family read so far: nothing is parsed again. */
    synchronized void install(ITextFontResolver resolver) {
        resolver.getFonts().putAll(shared.getFonts());
    }

    /**
     * OpenPDF names each embedded font subset with six random capitals ("CUSPNQ+LiberationSans"),
     * which would make every PDF's bytes differ. This "random" source always gives the same letter
     * per font (AAAAAA, BBBBBB, ...), fixed by the font, not by the order fonts were read in.
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
}
