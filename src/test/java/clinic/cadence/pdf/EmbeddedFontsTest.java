package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a plan embeds of its fonts, read back from the PDF with PDFBox and FontBox: compact
 * subsets, the Latin one shared byte for byte by plans in plain letters, a plan's own subset when
 * its text needs other glyphs, and every drawn character still backed by a glyph.
 */
class EmbeddedFontsTest {
    /** Liberation Sans Regular has 2,592 glyphs; OpenPDF's own subsets kept tables for all of them. */
    private static final int WHOLE_FONT_GLYPHS = 2592;

    private static PlanRenderer renderer;
    private static byte[] tom;
    private static byte[] ann;
    private static byte[] zoe;

    @BeforeAll
    static void render() {
        renderer = PlanRenderer.load(null, PlanRendererTest.SAMPLE);
        tom = renderer.render(PlanFixtures.intensive(PlanFixtures.named("Tom Tanaka")));
        ann = renderer.render(PlanFixtures.intensive(PlanFixtures.named("Ann Lee")));
        zoe = renderer.render(PlanFixtures.intensive(PlanFixtures.named("Zoë Ångström-Núñez")));
    }

    @Test
    void plans_in_plain_letters_embed_the_same_latin_subsets_byte_for_byte() {
        Map<String, Embedded> a = embedded(tom);
        Map<String, Embedded> b = embedded(ann);
        for (String face : new String[] {"LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"}) {
            assertTrue(a.containsKey(face) && b.containsKey(face), face + " in " + a.keySet() + " and " + b.keySet());
            assertArrayEquals(a.get(face).program(), b.get(face).program(), face);
        }
        assertTrue(PdfReading.text(tom).contains("Tom Tanaka"));
        assertTrue(PdfReading.text(ann).contains("Ann Lee"));
    }

    @Test
    void a_plan_whose_text_needs_other_glyphs_gets_its_own_subset_and_draws_every_letter() {
        Map<String, Embedded> shared = embedded(tom);
        Map<String, Embedded> own = embedded(zoe);
        assertFalse(Arrays.equals(shared.get("LiberationSans").program(), own.get("LiberationSans").program()));
        assertFalse(Arrays.equals(shared.get("LiberationSans-Bold").program(),
                own.get("LiberationSans-Bold").program()));
        assertTrue(PdfReading.text(zoe).contains("Zoë Ångström-Núñez"), PdfReading.text(zoe));
        PdfReading.glyphs(zoe).forEach(g -> assertTrue(g.hasGlyph() || g.unicode().isBlank(),
                "no glyph for '" + g.unicode() + "' in " + g.font()));
        // The italic line is the same in both plans: the same small subset, kept after the first plan.
        assertArrayEquals(shared.get("LiberationSans-Italic").program(), own.get("LiberationSans-Italic").program());
    }

    @Test
    void each_subset_holds_a_few_hundred_glyphs_at_most_and_maps_the_texts_glyph_ids_to_its_own() throws IOException {
        for (byte[] pdf : new byte[][] {tom, zoe}) {
            for (Map.Entry<String, Embedded> face : embedded(pdf).entrySet()) {
                Embedded e = face.getValue();
                int glyphs = glyphCount(e.program());
                assertTrue(glyphs > 20 && glyphs < 300, face.getKey() + ": " + glyphs + " glyphs");
                assertTrue(glyphs < WHOLE_FONT_GLYPHS / 8);
                assertTrue(e.mapsGlyphs(), face.getKey() + " has a CIDToGIDMap stream");
            }
        }
    }

    @Test
    void the_same_plan_embeds_the_same_bytes_whichever_plans_came_before() {
        byte[] again = renderer.render(PlanFixtures.intensive(PlanFixtures.named("Zoë Ångström-Núñez")));
        assertArrayEquals(zoe, again);
        assertArrayEquals(tom, PlanRenderer.load(null, PlanRendererTest.SAMPLE)
                .render(PlanFixtures.intensive(PlanFixtures.named("Tom Tanaka"))));
    }

    /** One embedded face: its font program as stored (compressed), and whether a CIDToGIDMap stream maps it. */
    private record Embedded(byte[] program, boolean mapsGlyphs) {
    }

    private static Map<String, Embedded> embedded(byte[] pdf) {
        Map<String, Embedded> faces = new LinkedHashMap<>();
        try (PDDocument doc = PdfReading.open(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName key : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(key);
                    PDCIDFont cid = assertInstanceOf(PDType0Font.class, font).getDescendantFont();
                    COSStream program = cid.getFontDescriptor().getFontFile2().getCOSObject();
                    try (InputStream raw = program.createRawInputStream()) {
                        faces.put(font.getName().substring(font.getName().indexOf('+') + 1),
                                new Embedded(raw.readAllBytes(), cid.getCOSObject()
                                        .getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return faces;
    }

    private static int glyphCount(byte[] compressed) throws IOException {
        byte[] font;
        try (InputStream in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(compressed))) {
            font = in.readAllBytes();
        }
        TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(font));
        assertTrue(ttf.getTableMap().get("hmtx").getLength() <= 4L * ttf.getNumberOfGlyphs(),
                "widths for the subset's glyphs, not the whole font's");
        assertTrue(ttf.getTableMap().get("loca").getLength() <= 4L * (ttf.getNumberOfGlyphs() + 1),
                "glyph locations for the subset's glyphs, not the whole font's");
        return ttf.getNumberOfGlyphs();
    }
}
