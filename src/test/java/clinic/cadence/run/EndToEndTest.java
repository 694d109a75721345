package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The command on the sample roster, every output read back with the libraries that read it for real. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {
    /** Static: JUnit fills instance @TempDir fields only after @BeforeAll has run. */
    @TempDir
    static Path dir;
    private Path out;
    private RunFixture.Outcome outcome;

    @BeforeAll
    void runOnTheSample() {
        out = dir.resolve("out");
        outcome = RunFixture.run("--roster", RunFixture.SAMPLE_ROSTER.toString(), "--out", out.toString(),
                "--as-of", RunFixture.AS_OF, "--capacity", "sample-data/capacity.csv");
    }

    @Test
    void theSummaryLineAddsTheRowsUp() {
        assertEquals(1, outcome.status(), outcome.stderr());
        Map<String, Long> counts = runJsonCounts();
        assertEquals(counts.get("read"), counts.get("planned") + counts.get("rejected") + counts.get("not_active"));
        assertEquals(42, counts.get("read"));
        assertTrue(outcome.stdout().contains(counts.get("read") + " rows read = " + counts.get("planned")
                + " planned + " + counts.get("rejected") + " rejected + " + counts.get("not_active") + " not active"),
                outcome.stdout());
    }

    @Test
    void everyPlannedClientHasAPdfWithTheirNameAndEmbeddedFonts() throws IOException {
        List<CSVRecord> clients = sheetRows("Clients");
        assertEquals(runJsonCounts().get("planned"), (long) clients.size());
        for (CSVRecord client : clients) {
            Path pdf = out.resolve(client.get("plan_file"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                String name = client.get("name");
                assertTrue(text.contains(name.split(" ")[0]), pdf + " does not show " + name);
                for (PDPage page : doc.getPages()) {
                    for (var fontName : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(fontName);
                        assertTrue(font.isEmbedded(), font.getName() + " not embedded in " + pdf);
                    }
                }
            }
        }
    }

    /** The sample holds names in many scripts: each plan reads back the whole name and is PDF/A-2b. */
    @Test
    void everySamplePlanShowsTheWholeNameAndIsPdfA2b() throws IOException {
        for (CSVRecord client : sheetRows("Clients")) {
            Path pdf = out.resolve(client.get("plan_file"));
            byte[] bytes = Files.readAllBytes(pdf);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
                String name = Normalizer.normalize(client.get("name"), Normalizer.Form.NFKC);
                assertTrue(text.contains(name), pdf + " does not show " + name);
            }
            assertEquals(List.of(), clinic.cadence.pdf.PdfA.violations(bytes), pdf.toString());
        }
        assertFalse(outcome.stderr().contains("no font has"), outcome.stderr());
    }

    @Test
    void theWorkbookHasTheSheetsOfTheSpecAndItsFormulasEvaluate() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Weekly demand", "By location", "By therapist", "Clients", "Changes",
                    "Review", "Rejected", "Rules"), names);
            assertFirstColumns(wb.getSheet("Weekly demand"), "week_start", "sessions", "intensive", "taper",
                    "maintenance", "review", "therapist_hours", "capacity_hours", "utilisation", "shortfall_hours");
            assertFirstColumns(wb.getSheet("Clients"), "client_id", "name", "location", "therapist", "condition",
                    "band", "phase_now", "sessions_this_week", "maintenance_interval_weeks", "next_session",
                    "sessions_in_window", "flags", "plan_file");
            assertFirstColumns(wb.getSheet("Rejected"), "row", "client_id", "column", "value", "problem");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Row row : wb.getSheet("Weekly demand")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertNotEquals(CellType.ERROR, evaluator.evaluate(cell).getCellType(), cell.getAddress().toString());
                        formulas++;
                    }
                }
            }
            assertTrue(formulas >= 24, "utilisation and shortfall should be formulas, found " + formulas);
        }
    }

    @Test
    void sessionsCsvMatchesTheWeeklyDemandInTheWorkbook() throws IOException {
        List<CSVRecord> sessions = csv("sessions.csv");
        assertEquals(List.of("client_id", "date", "phase", "minutes", "location", "therapist"),
                sessions.isEmpty() ? List.of() : new ArrayList<>(sessions.get(0).getParser().getHeaderNames()));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            Sheet weekly = wb.getSheet("Weekly demand");
            double total = 0;
            for (int r = 1; r <= 12; r++) {
                total += weekly.getRow(r).getCell(1).getNumericCellValue();
            }
            assertEquals(sessions.size(), (int) total);
        }
    }

    @Test
    void rejectedCsvHasARowAndReasonForEveryRejectedRow() throws IOException {
        List<CSVRecord> rejected = csv("rejected.csv");
        assertEquals(runJsonCounts().get("rejected"), rejected.stream().map(r -> r.get("row")).distinct().count());
        for (CSVRecord r : rejected) {
            assertFalse(r.get("column").isEmpty());
            assertFalse(r.get("problem").isEmpty());
        }
        assertTrue(rejected.stream().anyMatch(r -> r.get("column").equals("pain_level") && r.get("value").equals("6.5")));
    }

    @Test
    void csvFilesAreUtf8WithBomAndCrlf() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("sessions.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"));
    }

    @Test
    void runJsonVouchesForEveryFileWritten() throws IOException {
        Map<String, String> written = RunFixture.snapshot(out);
        written.remove("run.json");
        Map<String, String> listed = runJsonOutputs();
        assertEquals(written, listed);
    }

    private static void assertFirstColumns(Sheet sheet, String... names) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], header.getCell(i).getStringCellValue(), sheet.getSheetName() + " column " + i);
        }
    }

    /** A sheet's rows as CSV-like records keyed by its header (the Clients sheet). */
    private List<CSVRecord> sheetRows(String sheetName) throws IOException {
        StringBuilder csv = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            for (Row row : wb.getSheet(sheetName)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
                }
                csv.append(CSVFormat.DEFAULT.format(cells.toArray())).append('\n');
            }
        }
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv.toString())).getRecords();
    }

    private List<CSVRecord> csv(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private Map<String, Long> runJsonCounts() {
        Map<String, Long> counts = new HashMap<>();
        readRunJson("counts", p -> {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                p.nextToken();
                counts.put(name, p.getLongValue());
            }
        });
        return counts;
    }

    private Map<String, String> runJsonOutputs() {
        Map<String, String> outputs = new java.util.TreeMap<>();
        readRunJson("outputs", p -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> entry = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.getCurrentName();
                    p.nextToken();
                    entry.put(name, p.getText());
                }
                outputs.put(entry.get("path"), entry.get("sha256"));
            }
        });
        return outputs;
    }

    private interface FieldReader {
        void read(JsonParser parser) throws IOException;
    }

    /** Hands the parser to {@code reader} at the value of top-level {@code wanted}; skips the rest. */
    private void readRunJson(String wanted, FieldReader reader) {
        try (JsonParser p = new JsonFactory().createParser(out.resolve("run.json").toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (wanted.equals(field)) {
                    reader.read(p);
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
