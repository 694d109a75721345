package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole run with the roster's language column: each plan in its client's language, the workbook
 * in the clinic's, an unknown language said out loud, a clinic's catalogue over the shipped one,
 * and a broken catalogue stopping the run before anything is written.
 */
class PlanLanguageRunTest {
    private static final String HEADER = "client_id,first_name,last_name,condition,pain_level,episode_start,language";

    @TempDir
    Path dir;

    private Path roster() {
        return RunFixture.roster(dir, "roster.csv", HEADER,
                "E1,Ada,Lovelace,acute,6,2026-11-09,",
                "S1,Mateo,Núñez,acute,6,2026-11-09,Español",
                "F1,Chloé,Dubois,acute,6,2026-11-09,fr",
                "D1,Jonas,Weber,acute,6,2026-11-09,Deutsch",
                "P1,Rafael,Costa,acute,6,2026-11-09,pt-BR",
                "K1,Worf,Rozhenko,acute,6,2026-11-09,Klingon");
    }

    @Test
    void eachPlanIsInItsClientsLanguageAndAnUnknownOneIsSaid() throws IOException {
        Path out = dir.resolve("out");
        RunFixture.Outcome o = RunFixture.run("--roster", roster().toString(), "--out", out.toString(), "--as-of",
                RunFixture.AS_OF);
        assertEquals(0, o.status(), o.stderr());
        assertTrue(o.stderr().contains("client K1: language 'Klingon' is not one Cadence has words for; the plan is in"
                + " en-GB, the clinic's language"), o.stderr());
        assertEquals(1, o.stderr().lines().filter(l -> l.contains("Klingon")).count(), "said once: " + o.stderr());
        Map<String, String> expected = Map.of("E1", "Your care plan", "S1", "Tu plan de cuidados", "F1",
                "Votre plan de soins", "D1", "Ihr Behandlungsplan", "P1", "Seu plano de cuidados", "K1",
                "Your care plan");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertTrue(pdfText(out, e.getKey()).contains(e.getValue()), e.getKey() + " " + pdfText(out, e.getKey()));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            Map<String, String> languages = column(wb.getSheet("Clients"), "plan_language");
            assertEquals("en-GB", languages.get("E1"));
            assertEquals("es", languages.get("S1"));
            assertEquals("fr", languages.get("F1"));
            assertEquals("de", languages.get("D1"));
            assertEquals("pt-BR", languages.get("P1"));
            assertEquals("en-GB (roster says 'Klingon': no catalogue for it, the clinic's language used)",
                    languages.get("K1"));
        }
        // booking systems read these words: they stay English, whatever the plan's language
        String sessions = Files.readString(out.resolve("sessions.csv"));
        assertTrue(sessions.contains(",intensive,"), sessions);
    }

    @Test
    void aClinicInSpanishGetsItsReviewSheetInSpanish() throws IOException {
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "language = es\n");
        Path roster = RunFixture.roster(dir, "r.csv", HEADER, "W1,Ana,Ruiz,acute,7,2026-09-07,",
                "W2,Tom,Reid,acute,7,2026-09-07,English");
        Path out = dir.resolve("out");
        RunFixture.Outcome o = RunFixture.plan(roster, out, "--settings", settings.toString(), "--no-pdf");
        assertEquals(0, o.status(), o.stderr());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            Sheet review = wb.getSheet("Review");
            String why = review.getRow(1).getCell(3).getStringCellValue();
            assertTrue(why.startsWith("Dolor todavía en 7/10 en la semana 11 del episodio"), why);
            assertEquals("en", column(wb.getSheet("Clients"), "plan_language").get("W2"));
            assertEquals("es", column(wb.getSheet("Clients"), "plan_language").get("W1"));
        }
    }

    @Test
    void aClinicsCatalogueChangesASentenceOfThePlan() throws IOException {
        Path templates = writeDefaults().resolve("templates");
        Path es = templates.resolve("messages/messages_es.properties");
        Files.writeString(es, Files.readString(es).replace(
                "page.discuss = Este plan es un punto de partida, no una regla fija.",
                "page.discuss = En la Clínica del Puerto este plan es solo el comienzo."));
        Path out = dir.resolve("out");
        RunFixture.Outcome o = RunFixture.plan(roster(), out, "--templates", templates.toString());
        assertEquals(0, o.status(), o.stderr());
        assertTrue(pdfText(out, "S1").contains("En la Clínica del Puerto este plan es solo el comienzo."));
        assertTrue(pdfText(out, "F1").contains("Ce plan est un point de départ"), "other languages as shipped");
    }

    @Test
    void aBrokenCatalogueStopsTheRunBeforeAnythingIsWritten() throws IOException {
        Path templates = writeDefaults().resolve("templates");
        Path de = templates.resolve("messages/messages_de.properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(de, StandardCharsets.UTF_8));
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("reason.R3 = ")) {
                lines.set(i, "reason.R3 = Da Ihr Schmerz zu Beginn {intakeBandWord war, dauert sie {weeks}.");
                line = i + 1;
            }
        }
        Files.write(de, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        RunFixture.plan(RunFixture.cleanRoster(dir), out); // last week's good run
        Map<String, String> before = RunFixture.snapshot(out);
        RunFixture.Outcome o = RunFixture.plan(roster(), out, "--templates", templates.toString());
        assertEquals(3, o.status(), o.stderr());
        assertEquals("cadence: " + de + " line " + line + ": message reason.R3 is not a valid message: check that"
                + " every { has its }", o.stderr().strip());
        assertEquals(before, RunFixture.snapshot(out), "last week's files untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder left");
        }
    }

    @Test
    void aLanguageWithoutACatalogueInTheSettingsStopsTheRun() throws IOException {
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "language = it\n");
        RunFixture.Outcome o = RunFixture.plan(roster(), dir.resolve("out"), "--settings", settings.toString());
        assertEquals(3, o.status(), o.stderr());
        assertTrue(o.stderr().contains("language = it: there is no catalogue for it (there are en, es, fr, de, pt;"),
                o.stderr());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void writeDefaultsWritesEveryCatalogue() throws IOException {
        Path defaults = writeDefaults();
        for (String tag : List.of("en", "es", "fr", "de", "pt")) {
            Path file = defaults.resolve("templates/messages/messages_" + tag + ".properties");
            try (InputStream shipped = getClass().getResourceAsStream("/templates/messages/messages_" + tag
                    + ".properties")) {
                assertEquals(new String(shipped.readAllBytes(), StandardCharsets.UTF_8), Files.readString(file));
            }
        }
        assertTrue(Files.readString(defaults.resolve("settings.properties")).contains("language = en-GB"));
    }

    private Path writeDefaults() {
        Path defaults = dir.resolve("my-clinic");
        assertEquals(0, RunFixture.run("--write-defaults", defaults.toString()).status());
        return defaults;
    }

    private static String pdfText(Path out, String id) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("plans"))) {
            Path pdf = files.filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
        }
    }

    /** client_id to the named column's text, from the sheet's header row. */
    private static Map<String, String> column(Sheet sheet, String name) {
        Row header = sheet.getRow(0);
        int col = -1;
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) {
                col = c;
            }
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            values.put(row.getCell(0).getStringCellValue(), row.getCell(col).getStringCellValue());
        }
        return values;
    }
}
