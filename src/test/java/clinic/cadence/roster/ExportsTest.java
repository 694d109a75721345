package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.client.Client;
import clinic.cadence.client.MassageType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports as clinics have them (roster/exports/, and workbooks generated here): each plans exactly
 * what the clinic meant, or stops with one line saying what to fix; the report says which column
 * fed which field.
 */
class ExportsTest {
    @TempDir
    Path dir;

    private static Read read(String name) {
        return read(Corpus.file("exports/" + name), Corpus.options());
    }

    private static Read read(Path file, RosterOptions options) {
        List<RosterEntry> entries = new ArrayList<>();
        RosterReport[] report = {null};
        Roster.read(file, options, r -> report[0] = r, n -> { }, entries::add);
        return new Read(entries, report[0]);
    }

    record Read(List<RosterEntry> entries, RosterReport report) {
        List<Client> clients() {
            return Corpus.clients(entries);
        }

        Client client(String id) {
            return clients().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(
                    () -> new AssertionError(id + " not planned: " + entries));
        }

        List<String> ids() {
            return clients().stream().map(Client::id).toList();
        }

        String column(String field) {
            return report.columns().stream().filter(c -> c.column().equals(field)).map(RosterReport.ColumnUse::header)
                    .findFirst().orElse(null);
        }

        List<Warning> warnings() {
            return entries.stream().filter(e -> e instanceof RosterEntry.ClientRow)
                    .flatMap(e -> ((RosterEntry.ClientRow) e).warnings().stream()).toList();
        }
    }

    @Test
    void bookingHeadersAreMatchedByTheirWordsAndStatusIsHonoured() {
        Read read = read("booking-headers.csv");
        assertEquals(List.of("K101", "K104", "K106"), read.ids(), "paused, discharged, on hold: not planned");
        Client ava = read.client("K101");
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), ava.availableDays());
        assertEquals(90, ava.sessionMinutes());
        assertEquals("Northside", ava.location());
        assertEquals("Maya Okafor", ava.therapist());
        assertEquals(LocalDate.of(2026, 11, 16), ava.lastVisit());
        assertEquals(LocalDate.of(2026, 11, 9), ava.episodeStart());
        assertEquals(8, ava.intakePain());
        assertEquals(MassageType.SPORTS, ava.massageType());
        assertEquals(60, read.client("K106").sessionMinutes(), "1 hr");
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY), read.client("K106").availableDays(), "Fridays");
        for (String[] fed : new String[][] {{"status", "Client Status"}, {"pain_level", "Pain (0-10)"},
            {"intake_pain", "Initial Pain"}, {"episode_start", "Date of Injury"}, {"last_visit", "Last Appt"},
            {"massage_type", "Type of Massage"}, {"available_days", "Preferred Days"},
            {"session_minutes", "Session Length (min)"}, {"location", "Clinic Location"},
            {"therapist", "Therapist Name"}, {"client_id", "Client ID"}, {"email", "Email"}}) {
            assertEquals(fed[1], read.column(fed[0]), fed[0]);
        }
        assertEquals(List.of("Phone", "Notes"), read.report().ignored());
        assertTrue(read.report().lines().get(0).contains("status <- \"Client Status\" (by its words)"),
                read.report().lines().get(0));
    }

    @Test
    void anActiveColumnOfYesAndNoIsTheStatus() {
        Read read = read("booking-active.csv");
        assertEquals(List.of("A1", "A3"), read.ids());
        assertEquals("Active?", read.column("status"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), read.client("A1").availableDays());
        assertEquals(90, read.client("A1").sessionMinutes());
        assertEquals("East", read.client("A1").location());
        assertEquals("Ravi Patel", read.client("A1").therapist());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), read.client("A3").availableDays());
    }

    @Test
    void twoHeadersThatCouldBeOneFieldAreRefusedNamingBoth() {
        Path file = Corpus.file("exports/two-last-visits.csv");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> read(file, Corpus.options()));
        assertTrue(e.getMessage().contains("two columns that could be last_visit: 'Last Visit Date' and 'Last Appt'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("column.last_visit = "), e.getMessage());
    }

    @Test
    void theClinicNamesItsOwnHeadersInItsSettings() {
        RosterOptions options = new RosterOptions(null, null, Corpus.AS_OF, null, Map.of("client_id", "Nº cliente",
                "name", "nombre", "status", "ESTADO", "pain_level", "Dolor"));
        Read read = read(Corpus.file("exports/own-headers.csv"), options);
        assertEquals(List.of("C1", "C2"), read.ids());
        assertEquals("Lucía Gómez", read.client("C1").fullName());
        assertEquals(3, read.client("C1").painLevel());
        assertTrue(read.report().columns().stream().anyMatch(c -> c.column().equals("status") && c.how().equals("settings")));
        // Without the settings the same file has no client id column: refused, saying so.
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> read(Corpus.file("exports/own-headers.csv"), Corpus.options()));
        assertTrue(e.getMessage().contains("name them in the settings, e.g. column.client_id = "), e.getMessage());
    }

    @Test
    void anOptionalColumnThatChangesPlansIsSaidWhenAbsent() {
        List<String> notes = read("messy-emails.csv").report().notes();
        assertTrue(notes.contains("no status column: every row is planned as active"), notes.toString());
        assertTrue(notes.contains("no session_minutes column: every session is 60 minutes"), notes.toString());
        assertTrue(notes.contains("no therapist column: demand is not split by therapist"), notes.toString());
        assertFalse(read("booking-headers.csv").report().notes().stream().anyMatch(n -> n.startsWith("no status")));
    }

    @Test
    void anUnusableEmailIsAWarningAndEveryClientIsPlanned() {
        Read read = read("messy-emails.csv");
        assertEquals(18, read.clients().size(), "all 18 acute clients planned");
        List<String> emails = read.clients().stream().map(Client::email).toList();
        assertEquals(List.of("ann@example.com", "", "", "cat@example.com", "", "eve@example.com", "fin@example.com",
                "", "", "", "HAL@EXAMPLE.COM", "", "jo@example.com", "kai@example.com", "", "", "", "ned@例え.jp"), emails);
        List<String> unusable = read.warnings().stream().map(Warning::value).toList();
        assertEquals(List.of("dan@example.com; dee@example.com", "gus at example dot com", "ivy@example",
                "lee@@example.com", "mo@example.com, mo2@example.com"), unusable);
        assertTrue(read.warnings().stream().allMatch(w -> w.kind() == Warning.Kind.UNUSABLE_EMAIL));
    }

    @Test
    void idsWithUnicodeSpacesAreTheSameIdAndValuesAreTrimmedAndNormalised() {
        Read read = read("nbsp-ids.csv");
        List<RosterEntry.RejectedRow> rejected = Corpus.rejected(read.entries());
        assertEquals(List.of(2, 3), rejected.stream().map(RosterEntry.RejectedRow::sourceRow).toList(),
                "N-2003 twice: both rejected as duplicates");
        assertEquals("N-2003", rejected.get(1).clientId());
        Client zoe = read.client("N-2004");
        assertEquals("Zo\u00eb Park", zoe.fullName(), "NFC");
        assertEquals("North", zoe.location());
        assertEquals("", read.client("N-2005").location());
    }

    @Test
    void usAndUkFilesProveTheirOwnDateOrder() {
        Read us = read("dates-us.csv");
        assertEquals(LocalDate.of(2026, 3, 4), us.client("U3").lastVisit());
        assertEquals(LocalDate.of(2026, 11, 2), us.client("U1").episodeStart());
        assertTrue(us.report().notes().contains("slash dates read month first (m/d/y): '11/20/2026' (row 3) can only "
                + "be read that way (--date-order dmy says otherwise)"), us.report().notes().toString());
        Read uk = read("dates-uk.csv");
        assertEquals(LocalDate.of(2026, 4, 3), uk.client("K3").lastVisit());
        assertEquals(LocalDate.of(2026, 11, 2), uk.client("K1").episodeStart());
        Read overridden = read(Corpus.file("exports/dates-uk.csv"), new RosterOptions(null, DateOrder.MDY, Corpus.AS_OF));
        assertEquals(LocalDate.of(2026, 3, 4), overridden.client("K3").lastVisit(), "--date-order still decides");
    }

    @Test
    void aFileThatContradictsItselfRejectsItsAmbiguousDates() {
        Read read = read("dates-contradict.csv");
        assertEquals(List.of("X1", "X2"), read.ids());
        RosterEntry.RejectedRow cal = Corpus.rejected(read.entries()).get(0);
        assertTrue(cal.problems().get(0).expected().contains("could be 3 April or 4 March"), cal.toString());
        assertTrue(read.report().notes().stream().anyMatch(n -> n.startsWith("slash dates disagree")));
    }

    @Test
    void valuesAsPeopleTypeThem() {
        Read read = read("everyday-wordings.csv");
        assertEquals(List.of("W1", "W2", "W3", "W6"), read.ids(), "On hold and Inactive are not active");
        Client ada = read.client("W1");
        assertEquals(7, ada.painLevel());
        assertEquals(LocalDate.of(2026, 11, 10), ada.episodeStart());
        assertEquals(LocalDate.of(2026, 11, 23), ada.lastVisit());
        assertEquals(MassageType.SPORTS, ada.massageType());
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY), ada.availableDays());
        assertEquals(60, ada.sessionMinutes());
        Client bea = read.client("W2");
        assertEquals(6, bea.painLevel());
        assertEquals(LocalDate.of(2026, 10, 12), bea.episodeStart());
        assertEquals(MassageType.DEEP_TISSUE, bea.massageType());
        assertEquals(90, bea.sessionMinutes());
        Client cy = read.client("W3");
        assertEquals(LocalDate.of(2026, 11, 20), cy.lastVisit(), "20/11/26: two-digit year, day first");
        assertEquals(MassageType.HOT_STONE, cy.massageType());
        assertEquals(90, cy.sessionMinutes());
        Client flo = read.client("W6");
        assertEquals(MassageType.TRIGGER_POINT, flo.massageType());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), flo.availableDays());
        assertEquals(45, flo.sessionMinutes());
    }

    @Test
    void namesAnExportDestroyedArePlannedAndWarnedAbout() {
        Read read = read("destroyed-names.csv");
        assertEquals(List.of("D1", "D2", "D3"), read.ids());
        assertEquals(List.of("first_name ??", "last_name ??", "first_name Bj?rn"),
                read.warnings().stream().map(w -> w.column() + " " + w.value()).toList());
        assertTrue(read.warnings().stream().allMatch(w -> w.kind() == Warning.Kind.DAMAGED_NAME));
    }

    @Test
    void aMergedBranchCellGivesItsSiteToEveryRowItCovers() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("merged-branch.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Clients");
            s.row(1, "Branch", "Client ID", "Name", "Condition");
            s.row(2, "North", "1", "Ann", "wellness");
            s.row(3, null, "2", "Bo", "wellness");
            s.row(4, null, "3", "Cy", "wellness");
            s.row(5, "South", "4", "Di", "wellness");
            s.row(6, null, "5", "Ed", "wellness");
            s.sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
            s.sheet.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        });
        Read read = read(xlsx, Corpus.options());
        assertEquals(List.of("North", "North", "North", "South", "South"),
                read.clients().stream().map(Client::location).toList());
        assertTrue(read.report().notes().stream().anyMatch(n -> n.contains("merged ranges")), read.report().notes().toString());
    }

    @Test
    void anExcelTablesTotalsRowAndWhatIsBelowItAreNotClients() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("table.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Clients");
            s.row(1, "client_id", "name", "condition", "pain_level", "Notes beside");
            s.row(2, "1", "Ann", "chronic", 3, "x");
            s.row(3, "2", "Bo", "chronic", 4);
            s.row(4, "Total", null, null, 7);
            s.row(6, "Exported by BookingPro");
            XSSFTable table = ((XSSFSheet) s.sheet).createTable(new AreaReference("A1:D4", SpreadsheetVersion.EXCEL2007));
            table.setName("Clients");
            table.setDisplayName("Clients");
            table.getCTTable().setTotalsRowCount(1);
            table.updateHeaders();
        });
        Read read = read(xlsx, Corpus.options());
        assertEquals(List.of("1", "2"), read.ids());
        assertEquals(2, read.entries().size(), "the totals row and the note below are not rows at all");
        assertTrue(read.report().notes().stream().anyMatch(n -> n.contains("rows 4, 6") && n.contains("totals row")),
                read.report().notes().toString());
    }

    @Test
    void anInstructionsSheetFirstIsPassedOverForTheOneSheetWithARoster() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("instructions-first.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter help = new TestWorkbooks.SheetWriter(workbook, "Instructions");
            help.row(1, "How to fill in this roster");
            help.row(2, "One client per row; see the Roster sheet.");
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Roster");
            s.row(1, "client_id", "name", "condition");
            s.row(2, "1", "Ann", "wellness");
        });
        Read read = read(xlsx, Corpus.options());
        assertEquals(List.of("1"), read.ids());
        assertEquals("the first sheet 'Instructions' has no roster header: read sheet 'Roster' (--sheet names another)",
                read.report().notes().get(0));
    }

    @Test
    void severalSheetsWithARosterAreNamedAndSheetIsSuggested() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("two-rosters.xlsx"), workbook -> {
            new TestWorkbooks.SheetWriter(workbook, "Read me").row(1, "Exports of both sites");
            for (String site : List.of("North", "South")) {
                TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, site);
                s.row(1, "client_id", "name", "condition");
                s.row(2, "1", "Ann", "wellness");
            }
        });
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> read(xlsx, Corpus.options()));
        assertTrue(e.getMessage().contains("sheets 'North', 'South' each have one; say which with --sheet"), e.getMessage());
    }

    @Test
    void anOdsFileIsRefusedInPlainWords() throws IOException {
        Path ods = dir.resolve("roster.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> read(ods, Corpus.options()));
        assertEquals(ods + ": is a LibreOffice/OpenDocument spreadsheet (.ods); save it as .xlsx or CSV", e.getMessage());
    }

    @Test
    void aStrictOpenXmlWorkbookIsRefusedInPlainWords() throws IOException {
        Path plain = TestWorkbooks.plain(dir.resolve("plain.xlsx"));
        String strict = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
        Path xlsx = TestWorkbooks.rewriteEntry(plain, dir.resolve("strict.xlsx"), "_rels/.rels", out -> out.write((
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + strict + "\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8)));
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> read(xlsx, Corpus.options()));
        assertTrue(e.getMessage().contains("\"Strict Open XML Spreadsheet\""), e.getMessage());
        assertFalse(e.getMessage().contains("57699"), e.getMessage());
    }

    /** A failure after reading started (here: the disk filling up as rows are written) keeps its own cause. */
    @Test
    void aFailureWhileAnXlsxRosterIsReadIsNotCalledUnreadable() throws IOException {
        Path xlsx = TestWorkbooks.plain(dir.resolve("fine.xlsx"));
        UncheckedIOException full = new UncheckedIOException(new IOException("No space left on device"));
        AtomicInteger seen = new AtomicInteger();
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> Roster.read(xlsx,
                Corpus.options(), entry -> {
                    seen.incrementAndGet();
                    throw full;
                }));
        assertSame(full, thrown);
        assertEquals(1, seen.get());
        StackOverflowError bug = new StackOverflowError();
        assertSame(bug, assertThrows(StackOverflowError.class, () -> Roster.read(xlsx, Corpus.options(), entry -> {
            throw bug;
        })));
    }

    @Test
    void aDamagedWorkbookIsStillCalledUnreadable() throws IOException {
        Path plain = TestWorkbooks.plain(dir.resolve("plain.xlsx"));
        Path broken = TestWorkbooks.rewriteEntry(plain, dir.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
                (OutputStream out) -> out.write("<worksheet><sheetData><row r=\"x\">".getBytes(StandardCharsets.UTF_8)));
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> read(broken, Corpus.options()));
        assertTrue(e.getMessage().contains("cannot be read as an Excel workbook"), e.getMessage());
    }
}
