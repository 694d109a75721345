package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clinic exports run end to end: the run tells the manager which columns fed which field
 * (terminal, the workbook's Summary, run.json), plans what the clinic meant, warns without
 * rejecting, writes national names exactly into the PDFs, and an output failure while an XLSX
 * roster is being read is exit 4, not "cannot be read".
 */
@SuppressWarnings("unchecked")
class RosterExportsRunTest {
    @TempDir
    Path dir;

    private static Path export(String name) {
        try {
            return Path.of(RosterExportsRunTest.class.getResource("/roster/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private RunFixture.Outcome loud(Path roster, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--roster", roster.toString(), "--out", out.toString(),
                "--as-of", RunFixture.AS_OF, "--no-pdf"));
        args.addAll(List.of(extra));
        return RunFixture.run(args.toArray(String[]::new));
    }

    @Test
    void aBookingExportSaysWhichColumnsFedWhichFieldAndPlansWhatTheClinicMeant() throws IOException {
        Path out = dir.resolve("out");
        Path capacity = Files.writeString(dir.resolve("capacity.csv"),
                "therapist,location,hours_per_week\nmaya okafor,Northside,30\nTom Baker,Southside,20\n");
        RunFixture.Outcome outcome = loud(export("exports/booking-headers.csv"), out, "--capacity", capacity.toString());
        assertEquals(0, outcome.status(), outcome.stderr());
        String columnsLine = outcome.stdout().lines().filter(l -> l.startsWith("Roster columns: ")).findFirst()
                .orElseThrow(() -> new AssertionError(outcome.stdout()));
        assertTrue(columnsLine.contains("status <- \"Client Status\" (by its words)"), columnsLine);
        assertTrue(columnsLine.contains("session_minutes <- \"Session Length (min)\" (by its words)"), columnsLine);
        assertTrue(outcome.stdout().contains("Ignored columns: \"Phone\", \"Notes\"."), outcome.stdout());
        assertTrue(outcome.stdout().contains("6 rows read = 3 planned + 0 rejected + 3 not active"), outcome.stdout());

        // sessions.csv: the Tue/Thu client comes only on Tuesdays and Thursdays, for 90 minutes, at her site.
        List<CSVRecord> ava = csv(out.resolve("sessions.csv")).stream().filter(r -> r.get("client_id").equals("K101"))
                .toList();
        assertFalse(ava.isEmpty());
        for (CSVRecord s : ava) {
            DayOfWeek day = LocalDate.parse(s.get("date")).getDayOfWeek();
            assertTrue(day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY, s.toString());
            assertEquals("90", s.get("minutes"));
            assertEquals("Northside", s.get("location"));
            assertEquals("Maya Okafor", s.get("therapist"));
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            List<String> summary = column(wb.getSheet("Summary"), 1, row -> "roster".equals(cell(row, 0)));
            assertTrue(summary.contains(columnsLine), summary.toString());
            assertTrue(summary.contains("Ignored columns: \"Phone\", \"Notes\"."), summary.toString());
            // One therapist whatever the case: the capacity file's spelling, its hours, no idle twin.
            List<String> header = column(wb.getSheet("By therapist"), -1, row -> row.getRowNum() == 0);
            assertEquals(List.of("week_start", "Tom Baker hours", "Tom Baker capacity", "Tom Baker shortfall",
                    "maya okafor hours", "maya okafor capacity", "maya okafor shortfall"), header);
        }
        Map<String, Object> roster = (Map<String, Object>) json(out.resolve("run.json")).get("roster");
        List<Map<String, Object>> columns = (List<Map<String, Object>>) roster.get("columns");
        assertTrue(columns.contains(Map.of("column", "status", "header", "Client Status", "matched_by", "words")),
                columns.toString());
        assertTrue(columns.contains(Map.of("column", "client_id", "header", "Client ID", "matched_by", "name")),
                columns.toString());
        assertEquals(List.of("Phone", "Notes"), roster.get("ignored"));
    }

    @Test
    void messyEmailsAreWarningsOnPlannedClientsNeverRejections() throws IOException {
        Path out = dir.resolve("out");
        RunFixture.Outcome outcome = loud(export("exports/messy-emails.csv"), out);
        assertEquals(0, outcome.status(), outcome.stderr());
        assertTrue(outcome.stdout().contains("18 rows read = 18 planned + 0 rejected + 0 not active"), outcome.stdout());
        assertTrue(outcome.stdout().contains("5 warnings on planned clients (5 unusable email)"), outcome.stdout());
        assertTrue(outcome.stdout().contains("No status column: every row is planned as active."), outcome.stdout());
        assertTrue(outcome.stderr().contains("messy-emails.csv row 6 (client M05): warning: email "
                + "'dan@example.com; dee@example.com': not one usable email address"), outcome.stderr());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("capacity.xlsx")))) {
            XSSFSheet clients = wb.getSheet("Clients");
            int warnings = column(clients, -1, r -> r.getRowNum() == 0).indexOf("warnings");
            long warned = column(clients, warnings, r -> r.getRowNum() > 0).stream().filter(s -> !s.isEmpty()).count();
            assertEquals(5, warned);
        }
        Map<String, Object> roster = (Map<String, Object>) json(out.resolve("run.json")).get("roster");
        assertEquals(5L, ((Map<String, Object>) roster.get("warnings")).get("total"));
    }

    @Test
    void nationalEncodingsGiveTheNamesExactlyInThePlans() throws IOException {
        for (String[] file : List.of(new String[] {"encodings/shift_jis.csv", "山田", "さくら"},
                new String[] {"encodings/cp1250.csv", "Łukasz", "Wiśniewski"})) {
            Path out = dir.resolve("out-" + file[0].replaceAll("\\W", "-"));
            RunFixture.Outcome outcome = RunFixture.plan(export(file[0]), out, "--threads", "2");
            assertEquals(0, outcome.status(), outcome.stderr());
            StringBuilder text = new StringBuilder();
            try (Stream<Path> pdfs = Files.walk(out.resolve("plans"))) {
                for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                    text.append(pdfText(pdf));
                }
            }
            assertTrue(text.toString().contains(file[1]) && text.toString().contains(file[2]),
                    file[0] + ": " + text.substring(0, Math.min(300, text.length())));
        }
    }

    @Test
    void aNamedEncodingIsUsedAndABadNameIsABadCommandLine() {
        RunFixture.Outcome named = RunFixture.plan(export("encodings/gbk-one-name.csv"), dir.resolve("o1"), "--no-pdf",
                "--encoding", "GBK");
        assertEquals(0, named.status(), named.stderr());
        RunFixture.Outcome refused = RunFixture.plan(export("encodings/gbk-one-name.csv"), dir.resolve("o2"), "--no-pdf");
        assertEquals(3, refused.status());
        assertTrue(refused.stderr().contains("cannot tell which character set") && refused.stderr().contains("GB18030"),
                refused.stderr());
        RunFixture.Outcome bad = RunFixture.plan(export("encodings/gbk.csv"), dir.resolve("o3"), "--encoding", "klingon");
        assertEquals(2, bad.status());
        assertEquals(1, bad.stderr().lines().count(), bad.stderr());
    }

    /**
     * A real output failure in the middle of reading an XLSX roster: the child JVM may write files
     * of at most 256 KB (ulimit -f), so sessions.csv fails with "File too large" while rows are
     * still being read. It is exit 4, said as an output failure, and the reader does not call the
     * workbook unreadable.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anOutputFailureWhileAnXlsxRosterIsReadIsStatus4() throws Exception {
        Path roster = dir.resolve("big.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(roster)) {
            XSSFSheet sheet = wb.createSheet("Roster");
            String[] header = {"client_id", "name", "condition", "pain_level"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 3000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("C" + r);
                row.createCell(1).setCellValue("Client " + r);
                row.createCell(2).setCellValue("acute");
                row.createCell(3).setCellValue(6);
            }
            wb.write(out);
        }
        assertTrue(Files.size(roster) < 200_000, "the roster itself is readable under the limit");
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "ulimit -f 256; exec '" + java + "' -Xmx512m -cp '" + System.getProperty("java.class.path")
                + "' " + Cadence.class.getName() + " --roster '" + roster + "' --out '" + out + "' --as-of "
                + RunFixture.AS_OF + " --no-pdf --quiet";
        Process child = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(3, TimeUnit.MINUTES));
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(4, child.exitValue(), said);
        assertTrue(said.contains("File too large"), said);
        assertFalse(said.contains("cannot be read"), said);
        assertEquals(1, said.lines().count(), said);
        assertFalse(Files.exists(out), "nothing half-written under the final name");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static String cell(Row row, int c) {
        return row.getCell(c) == null ? "" : new DataFormatter().formatCellValue(row.getCell(c));
    }

    /** Column {@code c} of the rows that match (or, with c = -1, every cell of the first match). */
    private static List<String> column(XSSFSheet sheet, int c, java.util.function.Predicate<Row> which) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (which.test(row)) {
                if (c < 0) {
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        values.add(cell(row, i));
                    }
                    return values;
                }
                values.add(cell(row, c));
            }
        }
        return values;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(text)).getRecords();
    }

    private static Map<String, Object> json(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            p.nextToken();
            return (Map<String, Object>) value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            default:
                return p.getText();
        }
    }
}
