package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Plan;
import clinic.cadence.rules.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names in every script a clinic's clients write, read back from the rendered plan: the exact
 * text (PDFBox), the fonts that draw it (embedded, with the glyphs), PDF/A-2b (veraPDF).
 */
class ScriptNamesTest {
    private static PlanRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = PlanRenderer.load(null, Settings.defaults());
    }

    static Stream<Arguments> names() {
        return ScriptSamples.NAMES.stream().map(s -> Arguments.of(s.script(), s.name()));
    }

    /** Arabic comes back as the presentation forms that were drawn: NFKC folds them to the letters. */
    private static String readable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void the_name_reads_back_exactly_and_is_drawn_with_embedded_fonts_that_have_its_glyphs(String script, String name)
            throws IOException {
        byte[] pdf = renderer.render(PlanFixtures.intensive(PlanFixtures.named(name)));
        String text = readable(PdfReading.text(pdf));
        assertTrue(text.contains(readable(name)), script + " name not found in: " + text.substring(0, 200));
        for (PDFont font : PdfReading.fonts(pdf)) {
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
        List<PdfReading.Glyph> missing = PdfReading.glyphs(pdf).stream()
                .filter(g -> !g.hasGlyph() && !g.unicode().isBlank()).toList();
        assertEquals(List.of(), missing, "characters drawn without a glyph");
        assertEquals(List.of(), PdfA.violations(pdf), "PDF/A-2b");
        Path png = Path.of("target", "script-plans");
        Files.createDirectories(png);
        Files.write(png.resolve(script.replaceAll("[^A-Za-z]", "") + ".pdf"), pdf); // for a look with pdftoppm
    }

    /** The clinic's name and contact lines come from the settings: in any script too, on every page. */
    @Test
    void an_arabic_clinic_name_and_hebrew_and_devanagari_contact_lines_are_drawn(@TempDir Path dir) throws IOException {
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, String.join("\n",
                "clinic_name = عيادة الشفاء",
                "contact_line.1 = רחוב הרצל 12, תל אביב",
                "contact_line.2 = फ़ोन 0123 456",
                "contact_line.3 = hello@clinic.example", ""), StandardCharsets.UTF_8);
        PlanRenderer clinic = PlanRenderer.load(null, Settings.load(settings));
        byte[] pdf = clinic.render(PlanFixtures.intensive());
        String text = readable(PdfReading.text(pdf));
        for (String line : List.of("عيادة الشفاء", "רחוב הרצל 12, תל אביב", "फ़ोन 0123 456", "Maria Rossi")) {
            assertTrue(text.contains(readable(line)), line + " not in: " + text.substring(0, 300));
        }
        assertEquals(List.of(), PdfA.violations(pdf), "PDF/A-2b");
        Files.createDirectories(Path.of("target", "script-plans")); // the other test may not have run first
        Files.write(Path.of("target", "script-plans", "clinic-rtl.pdf"), pdf);
    }

    @Test
    void the_built_in_sample_plans_and_every_phase_are_pdf_a_2b() {
        List<Plan> plans = new ArrayList<>(SamplePlans.all(12));
        plans.addAll(List.of(PlanFixtures.intensive(), PlanFixtures.taper(), PlanFixtures.maintenance(),
                PlanFixtures.review(), PlanFixtures.flagged()));
        for (Plan plan : plans) {
            assertEquals(List.of(), PdfA.violations(renderer.render(plan)), plan.client().id());
        }
    }

    @Test
    void every_script_font_is_embedded_only_in_the_plans_that_use_it() {
        byte[] latin = renderer.render(PlanFixtures.intensive(PlanFixtures.named("Maria Rossi")));
        Set<String> latinFonts = fontNames(latin);
        assertTrue(latinFonts.stream().allMatch(f -> f.contains("LiberationSans")), latinFonts.toString());
        byte[] arabic = renderer.render(PlanFixtures.intensive(PlanFixtures.named("عمر السيد")));
        Set<String> arabicFonts = fontNames(arabic);
        assertTrue(arabicFonts.stream().anyMatch(f -> f.contains("NotoSansArabic")), arabicFonts.toString());
        assertTrue(arabicFonts.stream().noneMatch(f -> f.contains("Devanagari") || f.contains("WenQuanYi")),
                arabicFonts.toString());
    }

    private static Set<String> fontNames(byte[] pdf) {
        return PdfReading.fonts(pdf).stream().map(PDFont::getName).collect(Collectors.toSet());
    }

    @Test
    void a_name_with_a_character_no_font_has_still_names_the_client_and_is_reported() {
        String name = "Anna \uD80C\uDC00 Berg"; // an Egyptian hieroglyph: no font of the plan has it
        Client client = PlanFixtures.named(name);
        assertEquals(Set.of(0x13000), FontCoverage.missing(client));
        byte[] pdf = renderer.render(PlanFixtures.intensive(client));
        String text = PdfReading.text(pdf);
        assertTrue(text.contains("Anna " + FontCoverage.replacement() + " Berg"), text.substring(0, 300));
        assertEquals(List.of(), PdfA.violations(pdf), "PDF/A-2b: no glyph is missing");
        assertEquals("'\uD80C\uDC00' U+13000", FontCoverage.describe(FontCoverage.missing(client)));
    }

    @Test
    void names_in_every_script_render_the_same_bytes_on_four_threads_as_on_one() throws Exception {
        List<Plan> plans = ScriptSamples.NAMES.stream()
                .map(s -> PlanFixtures.intensive(PlanFixtures.named(s.name()))).toList();
        List<byte[]> serial = plans.stream().map(renderer::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Plan plan : plans) {
                    futures.add(pool.submit(() -> renderer.render(plan)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(serial.get(i % plans.size()), futures.get(i).get(), "plan " + i % plans.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
