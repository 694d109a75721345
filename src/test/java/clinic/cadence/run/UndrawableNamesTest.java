package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name with a character no font of the plan has: the plan still names the client, and the run says so. */
class UndrawableNamesTest {
    private static final String HIEROGLYPH = "\uD80C\uDC00"; // U+13000: no font of the plan has it

    @Test
    void the_terminal_the_review_sheet_and_run_json_name_the_client_and_the_character(@TempDir Path dir)
            throws IOException {
        Path roster = RunFixture.roster(dir, "r.csv", RunFixture.HEADER,
                "A1,Ada,Lovelace,acute,6,2026-11-09,Harbour Street,Maya Okafor",
                "A2,Nefer" + HIEROGLYPH + ",Ankh,chronic,2,2026-05-04,Riverside,Sofia Núñez");
        Path out = dir.resolve("out");
        RunFixture.Outcome run = RunFixture.plan(roster, out); // --quiet: said all the same

        assertEquals(0, run.status(), run.stderr());
        assertEquals("client A2 (Nefer" + HIEROGLYPH + " Ankh): no font has '" + HIEROGLYPH
                + "' U+13000; the plan shows \u25A1 in its place: check the name before sending it",
                run.stderr().strip());
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"clients_with_undrawable_characters\" : 1"));

        List<List<String>> review = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve("capacity.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Review");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                review.add(cells);
            }
        }
        assertTrue(review.stream().anyMatch(r -> r.get(0).equals("A2") && r.get(3).contains("U+13000")),
                review.toString());

        Path pdf;
        try (var files = Files.walk(out.resolve("plans"))) {
            pdf = files.filter(f -> f.getFileName().toString().startsWith("A2")).findFirst().orElseThrow();
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Nefer\u25A1 Ankh"));
        }
    }

    @Test
    void a_clinic_name_with_a_character_no_font_has_is_said_once(@TempDir Path dir) throws IOException {
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "clinic_name = Ankh " + HIEROGLYPH + " Spa\n");
        RunFixture.Outcome run = RunFixture.plan(RunFixture.cleanRoster(dir), dir.resolve("out"),
                "--settings", settings.toString());
        assertEquals(0, run.status(), run.stderr());
        assertEquals("settings: the clinic's name or contact lines have '" + HIEROGLYPH
                + "' U+13000, which no font has; every plan shows \u25A1 in its place", run.stderr().strip());
    }
}
