package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Client;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Excel workbooks do that CSV cannot: typed cells, formulas, merged cells, date systems, sheets. */
class XlsxRosterTest {
    @TempDir
    Path dir;

    @Test
    void formulaWithoutSavedValueIsRejectedAndOneWithIsRead() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("formulas.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Roster");
            s.row(1, "client_id", "name", "condition", "pain_level");
            s.row(2, "A", "Ann", "acute").createCell(3).setCellFormula("2+3"); // never calculated: no saved value
            Row saved = s.row(3, "B", "Bo", "acute");
            Cell pain = saved.createCell(3);
            pain.setCellFormula("2+4");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(pain);
            Row error = s.row(4, "C", "Cy", "acute");
            Cell bad = error.createCell(3);
            bad.setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(bad);
        });
        List<RosterEntry> entries = Corpus.read(xlsx, Corpus.options());
        assertEquals(new RosterEntry.RejectedRow(2, "A", List.of(new Problem("pain_level", "(formula)",
                "a saved value: this formula has none; open and save the file in Excel"))), entries.get(0));
        assertEquals(6, ((RosterEntry.ClientRow) entries.get(1)).client().painLevel());
        assertEquals(new RosterEntry.RejectedRow(4, "C", List.of(new Problem("pain_level", "#DIV/0!",
                "a value, not an Excel error; fix the formula"))), entries.get(2));
    }

    @Test
    void numbersStoredAsTextAndTextStoredAsNumbers() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("numbers.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Roster");
            s.row(1, "client_id", "name", "condition", "pain_level", "session_minutes", "relief_days");
            s.row(2, "00123", "Ann", "chronic", "6", "60", 7.0);
            s.row(3, 123.0, "Bo", "chronic", 6.0, 90.0, "7.0");
            s.row(4, 124.5, "Cy", "chronic", 6.5, 60.0, 1.0);
            s.row(5, "D", "Di", "chronic", 0.1 * 3 * 20); // floating-point noise: 6.000000000000001, shown by Excel as 6
        });
        List<RosterEntry> entries = Corpus.read(xlsx, Corpus.options());
        Client ann = ((RosterEntry.ClientRow) entries.get(0)).client();
        Client bo = ((RosterEntry.ClientRow) entries.get(1)).client();
        assertEquals(List.of("00123", 6, 60, 7), List.of(ann.id(), ann.painLevel(), ann.sessionMinutes(), ann.reliefDays()));
        assertEquals(List.of("123", 6, 90, 7), List.of(bo.id(), bo.painLevel(), bo.sessionMinutes(), bo.reliefDays()));
        assertEquals(new RosterEntry.RejectedRow(4, "124.5", List.of(new Problem("pain_level", "6.5",
                "a whole number from 0 to 10 (7 and 7/10 are fine)"))), entries.get(2));
        assertEquals(6, ((RosterEntry.ClientRow) entries.get(3)).client().painLevel());
    }

    @Test
    void aMergedCellsValueAppliesToEveryRowOfItsRange() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("merged.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Roster");
            s.row(1, "Roster (merged title)");
            s.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            s.row(2, "client_id", "name", "condition", "location");
            s.row(3, "A", "Ann", "wellness", "North");
            s.row(4, "B", "Bo", "wellness");
            s.sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
        });
        List<Client> clients = Corpus.clients(Corpus.read(xlsx, Corpus.options()));
        assertEquals(List.of("North", "North"), clients.stream().map(Client::location).toList());
    }

    @Test
    void dateCellsInThe1904DateSystem() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("mac-1904.xlsx"), workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Roster");
            s.row(1, "client_id", "name", "condition", "last_visit", "episode_start");
            s.row(2, "A", "Ann", "chronic", LocalDate.of(2026, 11, 20), 45000.0);
        });
        List<RosterEntry> entries = Corpus.read(xlsx, Corpus.options());
        RosterEntry.RejectedRow row = (RosterEntry.RejectedRow) entries.get(0);
        // The date cell is read in the workbook's own date system; a plain number is not a date.
        assertEquals(1, row.problems().size(), row.toString());
        assertEquals("episode_start", row.problems().get(0).column());
        assertTrue(row.problems().get(0).expected().contains("format the cell as a date"));
        assertEquals(DateUtil.getExcelDate(LocalDate.of(2026, 11, 20).atStartOfDay(), true), savedSerial(xlsx),
                "the generator really wrote a 1904 serial, 1462 days less than the 1900 one");
        Path fixed = TestWorkbooks.write(dir.resolve("mac-1904-ok.xlsx"), workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            TestWorkbooks.SheetWriter s = new TestWorkbooks.SheetWriter(workbook, "Roster");
            s.row(1, "client_id", "name", "condition", "last_visit");
            s.row(2, "A", "Ann", "chronic", LocalDate.of(2026, 11, 20));
        });
        assertEquals(LocalDate.of(2026, 11, 20), Corpus.clients(Corpus.read(fixed, Corpus.options())).get(0).lastVisit());
    }

    @Test
    void minimalWorkbookWithInlineTextAndNoStyles() throws IOException {
        Path xlsx = TestWorkbooks.minimal(dir.resolve("export.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>client_id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>condition</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>pain</t></is></c></row>"
                // no r attributes here: rows and cells are then counted in order
                + "<row><c t=\"inlineStr\"><is><r><t>0</t></r><r><t>07</t></r></is></c><c t=\"inlineStr\"><is><t>Ελένη</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>flare</t></is></c><c><v>4.0</v></c></row>");
        List<RosterEntry> entries = Corpus.read(xlsx, Corpus.options());
        Client eleni = ((RosterEntry.ClientRow) entries.get(0)).client();
        assertEquals(List.of(2, "007", "Ελένη", 4), List.of(entries.get(0).sourceRow(), eleni.id(), eleni.fullName(),
                eleni.painLevel()));
    }

    @Test
    void sheetChosenByNameIgnoringCase() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("sheets.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter first = new TestWorkbooks.SheetWriter(workbook, "Notes");
            first.row(1, "nothing here");
            TestWorkbooks.SheetWriter clients = new TestWorkbooks.SheetWriter(workbook, "Clients");
            clients.row(1, "client_id", "name", "condition");
            clients.row(2, "A", "Ann", "wellness");
        });
        List<RosterEntry> entries = Corpus.read(xlsx, new RosterOptions("clients", null, Corpus.AS_OF));
        assertEquals("A", ((RosterEntry.ClientRow) entries.get(0)).client().id());
    }

    private static double savedSerial(Path xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertTrue(workbook.isDate1904());
            return workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
