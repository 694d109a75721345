package clinic.cadence.roster;

import static clinic.cadence.roster.Corpus.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One roster saved four ways (CSV UTF-8; CSV Windows-1252 with semicolons and day-first dates;
 * UTF-16 tab-delimited text with alias headers; XLSX with typed cells) gives the same clients.
 */
class RosterSavesTest {
    private static final Set<DayOfWeek> MON_WED_FRI = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** What clients-utf8.csv says, written out by hand from the file. */
    static final List<Client> EXPECTED = List.of(
            new Client("00123", "Zoë", "Adams", "", Condition.ACUTE, 6, 7, date(2026, 11, 2), date(2026, 11, 16),
                    MassageType.DEEP_TISSUE, Activity.SEDENTARY, StressLevel.HIGH, null, 4, MON_WED_FRI, 60,
                    "North", "Ana Ruiz", "zoe@example.com"),
            new Client("00124", "María", "Núñez", "", Condition.FLARE, 5, null, date(2026, 10, 20), null,
                    MassageType.SWEDISH, Activity.MODERATE, StressLevel.MODERATE, 5, null, WEEKDAYS, 45,
                    "North", "Ana Ruiz", "maria.nunez@correo.es"),
            new Client("00125", "Kari", "Ølstad", "", Condition.CHRONIC, 3, null, null, date(2026, 11, 20),
                    MassageType.THERAPEUTIC, Activity.STRENUOUS, StressLevel.LOW, 7, 2,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 90, "South", "Per Berg", "kari@ølstad.no"),
            new Client("00126", "", "Dupré", "", Condition.WELLNESS, 0, null, null, date(2026, 9, 13),
                    MassageType.RELAXATION, Activity.ATHLETE, StressLevel.MODERATE, 14, 1, EnumSet.of(DayOfWeek.SATURDAY),
                    30, "South", "", ""),
            new Client("00127", "François", "Lefèvre", "", Condition.INJURY, 8, 8, date(2026, 11, 3), null,
                    MassageType.TRIGGER_POINT, Activity.STRENUOUS, StressLevel.MODERATE, null, null,
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 75, "North", "Per Berg", ""),
            new Client("00128", "Seán", "O'Brien", "", Condition.WELLNESS, null, null, null, null,
                    MassageType.HOT_STONE, Activity.SEDENTARY, StressLevel.MODERATE, null, null, null, 120, "", "", ""),
            new Client("00130", "Anne-Marie", "Smith, Jr.", "", Condition.ACUTE, 4, null, date(2026, 11, 20), null,
                    MassageType.THERAPEUTIC, Activity.MODERATE, StressLevel.MODERATE, null, null, null, 60,
                    "North", "Ana Ruiz", "anne.marie@example.co.uk"));

    @TempDir
    Path dir;

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void csvUtf8() {
        assertSameRoster(Corpus.read(Corpus.file("clients-utf8.csv"), Corpus.options()), 2, 8);
    }

    @Test
    void csvWindows1252SemicolonsDayFirst() {
        RosterOptions dmy = new RosterOptions(null, DateOrder.DMY, AS_OF);
        // Two rows above the header (a title and a blank line): rows start at line 4.
        assertSameRoster(Corpus.read(Corpus.file("clients-windows1252.csv"), dmy), 4, 8);
    }

    @Test
    void utf16TabDelimitedWithAliasHeaders() {
        assertSameRoster(Corpus.read(Corpus.file("clients-utf16.txt"), Corpus.options()), 2, 8);
    }

    @Test
    void utf16BigEndianToo() throws IOException {
        String text = Files.readString(Corpus.file("clients-utf16.txt"), StandardCharsets.UTF_16); // BOM decides
        Path bigEndian = Files.write(dir.resolve("clients-utf16be.txt"),
                ("\uFEFF" + text.replace("\uFEFF", "")).getBytes(StandardCharsets.UTF_16BE));
        assertEquals((byte) 0xFE, Files.readAllBytes(bigEndian)[0]);
        assertSameRoster(Corpus.read(bigEndian, Corpus.options()), 2, 8);
    }

    @Test
    void xlsxWithTypedCells() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("clients.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Clients");
            s.row(1, "Client roster, North and South");
            s.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            s.row(3, "Client ID", "First Name", "Last Name", "Condition", "Pain Level", "Intake Pain", "Episode Start",
                    "Last Visit", "Massage Type", "Activity", "Stress Level", "Relief Days", "Max Sessions Per Month",
                    "Available Days", "Session Minutes", "Location", "Therapist", "Email", "Status");
            s.row(4, "00123", "Zoë", "Adams", "acute", 6.0, 7, date(2026, 11, 2), date(2026, 11, 16), "deep tissue",
                    "desk job", "high", null, 4, "Mon, Wed, Fri", 60, "North", "Ana Ruiz", "zoe@example.com", "active");
            // A number formatted 00000, as Excel keeps a zero-padded id typed as a number.
            Row padded = s.row(5, 124, "María", "Núñez", "flare-up", "5", null, date(2026, 10, 20), null, "swedish",
                    "moderate", null, 5.0, null, "Mon-Fri", "45 min", "North", "Ana Ruiz", "maria.nunez@correo.es");
            padded.getCell(0).setCellStyle(s.paddedStyle);
            Row hidden = s.row(6, "00125", "Kari", "Ølstad", "chronic", 3, null, null, date(2026, 11, 20),
                    "therapeutic", "physical job", "low", 7, 2, "Tue/Thu", 90, "South", "Per Berg", "kari@ølstad.no",
                    "Active");
            hidden.setZeroHeight(true); // hidden rows are data
            s.row(7, "00126", null, "Dupré", "maintenance", 0, null, null, "13/09/2026", "relaxation", "athlete",
                    "moderate", "14", 1, "Sat", 30, "South");
            Row formula = s.row(8, "00127", "François", "Lefèvre", "injury", null, 8, "2026-11-03", null,
                    "trigger point", "strenuous", null, null, null, "Mon Tue Wed", 75, "North", "Per Berg");
            Cell pain = formula.createCell(4);
            pain.setCellFormula("4*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(pain); // the saved value
            s.row(9, "00128", "Seán", "O'Brien", "wellness", null, null, null, null, "hot stone", "sedentary", null,
                    null, null, null, 120.0);
            s.row(10, "00129", "Björn", "Åkesson", "acute", null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, "paused");
            s.row(11, "00130", "Anne-Marie", "Smith, Jr.", "new onset", 4, null, date(2026, 11, 20), null, null, null,
                    null, null, null, null, null, "North", "Ana Ruiz", "anne.marie@example.co.uk", "active");
        });
        assertSameRoster(Corpus.read(xlsx, Corpus.options()), 4, 8);
    }

    /** @param firstRow where the first data row is in the file */
    private static void assertSameRoster(List<RosterEntry> entries, int firstRow, int rows) {
        assertEquals(EXPECTED, Corpus.clients(entries));
        assertEquals(rows, entries.size(), "one entry per data row");
        assertEquals(new RosterEntry.InactiveRow(firstRow + 6, "00129", "paused"), entries.get(6));
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(firstRow + i, entries.get(i).sourceRow(), "source row of entry " + i);
        }
        assertTrue(Corpus.rejected(entries).isEmpty(), () -> "rejected: " + Corpus.rejected(entries));
    }
}
