package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.rules.Paper;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanRendererTest {
    private static PlanRenderer a4;

    @BeforeAll
    static void loadOnce() {
        a4 = PlanRenderer.load(null, SAMPLE);
    }

    /** The sample clinic's letterhead, from the settings file the sample run uses. */
    static final Settings SAMPLE = Settings.load(Path.of("sample-data", "settings.properties"));

    @Test
    void the_built_in_settings_print_no_invented_clinic_and_the_page_still_ends_clean() {
        String text = PdfReading.text(PlanRenderer.load(null, Settings.defaults()).render(PlanFixtures.intensive()));
        for (String sample : List.of("Cadence Massage Clinic", "Harbour Street", "01234", "cadence-clinic")) {
            assertFalse(text.contains(sample), sample + " in: " + text);
        }
        assertTrue(text.contains("Maria Rossi · plan of 23 November 2026 Page 1 of 1"), "footer without a dangling dot: "
                + text);
    }

    @Test
    void settings_that_set_only_the_name_inherit_no_sample_phone_or_email(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "clinic_name = Ferny Hill Massage\ncontact_line.1 = 4 Mill Lane\n");
        String text = PdfReading.text(PlanRenderer.load(null, Settings.load(file)).render(PlanFixtures.intensive()));
        assertTrue(text.contains("Ferny Hill Massage") && text.contains("4 Mill Lane"), text);
        for (String sample : List.of("Cadence Massage Clinic", "Harbour", "01234 567 890", "hello@cadence-clinic")) {
            assertFalse(text.contains(sample), sample + " in: " + text);
        }
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("intensive", PlanFixtures.intensive(),
                        "You are in the intensive phase: 2 sessions a week until 13 December.",
                        List.of("Mon 23", "Thu 26", "Mon 14", "From Monday 14 December")),
                Arguments.of("taper", PlanFixtures.taper(),
                        "You are in the taper phase: your sessions ease off until 20 December, then settle into "
                                + "maintenance, a session every 2 weeks.",
                        List.of("Tue 24", "Tue 1", "From Monday 21 December: maintenance, a session every 2 weeks")),
                Arguments.of("maintenance", PlanFixtures.maintenance(),
                        "You are in the maintenance phase: a session every 3 weeks to keep your back in good shape.",
                        List.of("Wed 25", "Maintenance carries on, a session every 3 weeks")),
                Arguments.of("review", PlanFixtures.review(),
                        "Your plan is being reviewed: 1 session a week while your therapist checks how your back "
                                + "is responding.",
                        List.of("Your therapist will go over this plan with you at your next visit", "Wed 25")),
                Arguments.of("flagged", PlanFixtures.flagged(),
                        "You are in the intensive phase: 2 sessions a week until 13 December.",
                        List.of("The days you can come leave room for 3 sessions fewer than suggested",
                                "2 sessions suggested in these weeks are left out",
                                "Your therapist will go over this plan with you")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void the_text_holds_name_date_phase_sentence_dates_rationale_and_notes(String kind, Plan plan, String sentence,
            List<String> expected) {
        String text = PdfReading.text(a4.render(plan));
        List<String> parts = new ArrayList<>(expected);
        parts.addAll(List.of(plan.client().displayName(), "Plan date 23 November 2026", sentence,
                "Client no. " + plan.client().id(), "Cadence Massage Clinic", "12 Harbour Street",
                "Please talk it over with your therapist", "Therapist", "Date", "Page 1 of"));
        Wording english = Wording.of(Catalogues.builtIn(), Settings.defaults().language(), plan.asOf());
        for (Reason reason : plan.rationale()) {
            parts.add(reason.ruleId() + " " + english.say(reason.findings()));
        }
        assertAll(parts.stream().map(part -> () -> assertTrue(text.contains(part),
                () -> "missing \"" + part + "\" in: " + text)));
    }

    @Test
    void an_unflagged_plan_has_no_notes_section() {
        assertFalse(PdfReading.text(a4.render(PlanFixtures.intensive())).contains("Good to know"));
        assertTrue(PdfReading.text(a4.render(PlanFixtures.flagged())).contains("Good to know"));
    }

    @Test
    void every_font_is_embedded() {
        for (Plan plan : PlanFixtures.all()) {
            List<PDFont> fonts = PdfReading.fonts(a4.render(plan));
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A4", "LETTER"})
    void pages_are_the_paper_asked_for_and_a_typical_plan_is_one_or_two(String paper) {
        PlanRenderer renderer = paper.equals("A4") ? a4
                : PlanRenderer.load(null, Settings.defaults().withPaper(Paper.valueOf(paper)));
        PDRectangle expected = paper.equals("A4") ? PDRectangle.A4 : PDRectangle.LETTER;
        for (Plan plan : PlanFixtures.all()) {
            try (PDDocument doc = PdfReading.open(renderer.render(plan))) {
                assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 2, "pages " + doc.getNumberOfPages());
                for (PDPage page : doc.getPages()) {
                    assertEquals(expected.getWidth(), page.getMediaBox().getWidth(), 1.0);
                    assertEquals(expected.getHeight(), page.getMediaBox().getHeight(), 1.0);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void client_data_is_escaped_and_appears_literally() {
        String hostile = "<script>alert('x')</script> & Sons \"Ltd\"";
        String text = PdfReading.text(a4.render(PlanFixtures.intensive(PlanFixtures.named(hostile))));
        assertTrue(text.contains(hostile), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"王芳", "佐藤 健", "김민준", "Ελένη Παπαδοπούλου", "Анна Иванова", "Zoë Åström-Łukasz",
            "Nguyễn Thị Hương", "María José 王"})
    void names_in_every_script_are_drawn_with_a_font_that_has_their_glyphs(String name) {
        byte[] pdf = a4.render(PlanFixtures.intensive(PlanFixtures.named(name)));
        // Flying Saucer drops a character its font lacks, so the name would not read back whole.
        assertTrue(PdfReading.text(pdf).contains(name), "name not drawn whole: " + name);
        List<PdfReading.Glyph> glyphs = PdfReading.glyphs(pdf);
        name.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
            String ch = Character.toString(cp);
            List<PdfReading.Glyph> drawn = glyphs.stream().filter(g -> g.unicode().equals(ch)).toList();
            assertFalse(drawn.isEmpty(), "never drawn: " + ch);
            for (PdfReading.Glyph g : drawn) {
                assertTrue(g.hasGlyph() && g.embedded(), ch + " drawn by " + g.font() + " without its glyph");
            }
        });
    }

    @Test
    void the_same_plan_gives_the_same_bytes() {
        Plan plan = PlanFixtures.flagged();
        byte[] first = a4.render(plan);
        assertArrayEquals(first, a4.render(plan));
        assertArrayEquals(first, PlanRenderer.load(null, SAMPLE).render(plan));
        String raw = new String(first, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/CreationDate(D:20261123000000"), "creation date is the as-of date");
    }

    @Test
    void a_different_plan_gets_a_different_document_id() {
        assertFalse(id(a4.render(PlanFixtures.intensive())).equals(id(a4.render(PlanFixtures.taper()))));
    }

    private static String id(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = raw.lastIndexOf("/ID");
        return raw.substring(at, raw.indexOf(']', at));
    }

    @Test
    void rendering_on_several_threads_gives_the_same_bytes_as_one() throws Exception {
        List<Plan> plans = PlanFixtures.all();
        List<byte[]> expected = plans.stream().map(a4::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (Plan plan : plans) {
                    futures.add(pool.submit(() -> a4.render(plan)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(expected.get(i % plans.size()), futures.get(i).get(), "plan " + i % plans.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- the clinic's own templates

    static Path copyOfBuiltInTemplates(Path dir) throws IOException {
        for (String name : List.of("plan.ftlh", "plan.css")) {
            try (InputStream in = PlanRenderer.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    private static void replaceInTemplate(Path dir, String from, String to) throws IOException {
        Path file = dir.resolve("plan.ftlh");
        String text = Files.readString(file);
        assertTrue(text.contains(from), "the template no longer holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static int lineOf(Path dir, String needle) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("plan.ftlh"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void a_clinics_own_template_is_used(@TempDir Path dir) throws IOException {
        copyOfBuiltInTemplates(dir);
        replaceInTemplate(dir, "<td class=\"title\">${text.title}</td>", "<td class=\"title\">Ihr Behandlungsplan</td>");
        String text = PdfReading.text(PlanRenderer.load(dir, Settings.defaults()).render(PlanFixtures.intensive()));
        assertTrue(text.contains("Ihr Behandlungsplan"));
    }

    @Test
    void an_unknown_variable_stops_the_run_at_load_naming_file_and_line(@TempDir Path dir) throws IOException {
        copyOfBuiltInTemplates(dir);
        replaceInTemplate(dir, "<td class=\"title\">${text.title}</td>", "<td class=\"title\">${client.nickname}</td>");
        int line = lineOf(dir, "client.nickname");
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> PlanRenderer.load(dir, Settings.defaults()));
        assertTrue(e.getMessage().contains(dir.resolve("plan.ftlh").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line " + line), e.getMessage());
        assertTrue(e.getMessage().contains("client.nickname"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void a_syntax_error_stops_the_run_at_load_naming_file_and_line(@TempDir Path dir) throws IOException {
        copyOfBuiltInTemplates(dir);
        replaceInTemplate(dir, "<#if notes?has_content>", "<#iff notes?has_content>");
        int line = lineOf(dir, "<#iff notes?has_content>");
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> PlanRenderer.load(dir, Settings.defaults()));
        assertTrue(e.getMessage().startsWith("template " + dir.resolve("plan.ftlh") + " line " + line),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void an_error_only_long_windows_reach_is_found_at_load_for_a_long_window(@TempDir Path dir) throws IOException {
        copyOfBuiltInTemplates(dir);
        replaceInTemplate(dir, "<#if timeline.dense> dense</#if>", "<#if timeline.dense> ${densse}</#if>");
        PlanRenderer.load(dir, Settings.defaults()); // 12 weeks: the branch is not taken
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> PlanRenderer.load(dir, Settings.defaults().withHorizonWeeks(26)));
        assertTrue(e.getMessage().contains("densse"), e.getMessage());
    }

    @Test
    void a_template_that_is_not_well_formed_xhtml_stops_the_run_at_load(@TempDir Path dir) throws IOException {
        copyOfBuiltInTemplates(dir);
        replaceInTemplate(dir, "<h2>${text.suggestedDates}</h2>", "<h2>${text.suggestedDates}<br></h2>");
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> PlanRenderer.load(dir, Settings.defaults()));
        assertTrue(e.getMessage().contains("plan.ftlh") && e.getMessage().contains("XHTML"), e.getMessage());
    }

    @Test
    void a_missing_templates_folder_or_template_is_named(@TempDir Path dir) {
        UnusableInputException missingFolder = assertThrows(UnusableInputException.class,
                () -> PlanRenderer.load(dir.resolve("nope"), Settings.defaults()));
        assertTrue(missingFolder.getMessage().contains("nope"), missingFolder.getMessage());
        UnusableInputException missingFile = assertThrows(UnusableInputException.class,
                () -> PlanRenderer.load(dir, Settings.defaults()));
        assertTrue(missingFile.getMessage().contains("plan.ftlh") && missingFile.getMessage().contains("not found"),
                missingFile.getMessage());
    }
}
