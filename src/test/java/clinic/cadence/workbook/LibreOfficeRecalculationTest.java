package clinic.cadence.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.plan.Session;
import clinic.cadence.roster.Capacity;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in LibreOffice (headless, where installed), has it recalculate every formula
 * itself, and checks the Weekly demand it exports as CSV against the plans' sessions.
 *
 * <p>LibreOffice normally shows the results stored in an .xlsx; a private profile set to
 * "always recalculate" makes it compute them, so these tests check LibreOffice's arithmetic on our
 * formulas, not ours. One test sets it to "never recalculate", as a previewer shows the file: the
 * results the workbook stored must be the same figures. The private profile also keeps it clear
 * of any other soffice running.
 */
class LibreOfficeRecalculationTest {
    private static final int WEEKS = 12;
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private final Fixture clinic = Fixture.clinic();

    @BeforeEach
    void needsLibreOffice() {
        Assumptions.assumeTrue(soffice() != null, "soffice is not on the PATH");
    }

    @Test
    void libreOfficeComputesTheSameWeeklyDemandFromTheCapacityGiven() throws Exception {
        List<CSVRecord> weekly = weeklyDemandAsLibreOfficeSeesIt(clinic.write(dir.resolve("capacity.xlsx"),
                Fixture.CAPACITY));
        checkWeeks(weekly, 45.0);
    }

    /** The results stored when the workbook was written are what a viewer that never recalculates shows. */
    @Test
    void withoutRecalculatingLibreOfficeShowsTheStoredResults() throws Exception {
        List<CSVRecord> weekly = weeklyDemandAsLibreOfficeSeesIt(clinic.write(dir.resolve("capacity.xlsx"),
                Fixture.CAPACITY), NEVER_RECALCULATE);
        checkWeeks(weekly, 45.0);
    }

    @Test
    void libreOfficeRecomputesWhenThePlannerFillsInBlankCapacity() throws Exception {
        checkWeeks(weeklyDemandAsLibreOfficeSeesIt(typeCapacity(Capacity.none(), 40.0)), 40.0);
    }

    /** The stored results are for 45 hours; only a real recalculation gives the figures for 40. */
    @Test
    void libreOfficeRecomputesWhenThePlannerChangesCapacity() throws Exception {
        checkWeeks(weeklyDemandAsLibreOfficeSeesIt(typeCapacity(Fixture.CAPACITY, 40.0)), 40.0);
    }

    /** Types {@code hours} into every week's capacity cell, as a planner would, leaving stored results stale. */
    private Path typeCapacity(Capacity given, double hours) throws IOException {
        Path file = clinic.write(dir.resolve("capacity.xlsx"), given);
        Path typed = dir.resolve("typed.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Weekly demand");
            for (int w = 1; w <= WEEKS; w++) {
                sheet.getRow(w).getCell(7).setCellValue(hours);
            }
            try (OutputStream out = Files.newOutputStream(typed)) {
                wb.write(out);
            }
        }
        return typed;
    }

    private void checkWeeks(List<CSVRecord> weekly, double capacity) {
        assertEquals(DemandSheets.WEEKLY_COLUMNS, weekly.get(0).toList());
        double totalHours = 0;
        double totalShortfall = 0;
        for (int w = 0; w < WEEKS; w++) {
            CSVRecord row = weekly.get(w + 1);
            LocalDate monday = Fixture.WINDOW_START.plusWeeks(w);
            List<Session> week = clinic.sessions().stream()
                    .filter(s -> ChronoUnit.DAYS.between(monday, s.date()) >= 0
                            && ChronoUnit.DAYS.between(monday, s.date()) < 7)
                    .toList();
            double hours = week.stream().mapToDouble(s -> (s.minutes() + 15) / 60.0).sum();
            assertEquals(monday.toString(), row.get(0));
            assertEquals(week.size(), number(row.get(1)), EPS);
            assertEquals(hours, number(row.get(6)), EPS);
            assertEquals(capacity, number(row.get(7)), EPS);
            assertEquals(hours / capacity, number(row.get(8)), EPS, "utilisation in week " + w);
            assertEquals(Math.max(0, hours - capacity), number(row.get(9)), EPS, "shortfall in week " + w);
            totalHours += hours;
            totalShortfall += Math.max(0, hours - capacity);
        }
        CSVRecord totals = weekly.get(WEEKS + 1);
        assertEquals("Total", totals.get(0));
        assertEquals(clinic.sessions().size(), number(totals.get(1)), EPS);
        assertEquals(totalHours, number(totals.get(6)), EPS);
        assertEquals(capacity * WEEKS, number(totals.get(7)), EPS);
        assertEquals(totalHours / (capacity * WEEKS), number(totals.get(8)), EPS);
        assertEquals(totalShortfall, number(totals.get(9)), EPS);
        assertTrue(totalShortfall > 0, "some weeks are over capacity");
    }

    /** LibreOffice writes the cell's value; a percentage keeps its sign, e.g. {@code 7.2222%}. */
    private static double number(String text) {
        return text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
                : Double.parseDouble(text);
    }

    private List<CSVRecord> weeklyDemandAsLibreOfficeSeesIt(Path workbook) throws Exception {
        return weeklyDemandAsLibreOfficeSeesIt(workbook, ALWAYS_RECALCULATE);
    }

    /** @param recalculation LibreOffice's setting for recalculating a file's formulas when it opens it */
    private List<CSVRecord> weeklyDemandAsLibreOfficeSeesIt(Path workbook, String recalculation) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), recalculation, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("csv"));
        // CSV filter options: comma, double quote, UTF-8, from line 1, ..., sheet -1 = every sheet to its own file
        Process soffice = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        String base = workbook.getFileName().toString().replace(".xlsx", "");
        Path csv = out.resolve(base + "-Weekly demand.csv");
        assertTrue(Files.exists(csv), () -> "no CSV from soffice: " + readLog());
        return CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8)).getRecords();
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(d, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** LibreOffice's setting "Recalculation on file load, Excel 2007 and newer: Always recalculate". */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;
    /** The same setting at "Never recalculate": LibreOffice shows the results stored in the file. */
    private static final String NEVER_RECALCULATE = ALWAYS_RECALCULATE.replace("<value>0</value>", "<value>1</value>");
}
