package clinic.cadence.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.cadence.plan.Phase;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.TherapistCapacity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook stores each formula's result, computed in Java where the formula is written (a
 * previewer or LibreOffice shows the stored result). Read back, every formula cell's stored result
 * must be what POI computes from the formula itself, in type ({@code ""} is text, not a number)
 * and in value. One row per kind of clinic the formulas have to cope with.
 */
class StoredFormulaResultsTest {
    private static final double EPS = 1e-9;
    private static final List<String> SHEETS_WITH_FORMULAS = List.of("Summary", "Weekly demand", "By location",
            "By therapist");

    @TempDir
    Path dir;

    static Stream<Arguments> clinics() {
        return Stream.of(
                Arguments.of("capacity given, an idle therapist, clients without one",
                        (Consumer<Fixture>) f -> { }, Fixture.CAPACITY),
                Arguments.of("no capacity: blank inputs, empty utilisation, shortfall and totals",
                        (Consumer<Fixture>) f -> { }, Capacity.none()),
                Arguments.of("a therapist with capacity 0 who has clients",
                        (Consumer<Fixture>) f -> { }, capacity(20, 0, 15)),
                Arguments.of("capacity 0 for everyone: the clinic's utilisation is empty, not #DIV/0!",
                        (Consumer<Fixture>) f -> { }, capacity(0, 0, 0)),
                Arguments.of("hours and capacity that binary fractions cannot hold, summed over weeks",
                        (Consumer<Fixture>) StoredFormulaResultsTest::fiftyMinuteClients, capacity(7.3, 12.1, 0.1)),
                Arguments.of("nobody planned", (Consumer<Fixture>) f -> f.planned.clear(), Fixture.CAPACITY),
                Arguments.of("more therapists than the sheet has columns for",
                        (Consumer<Fixture>) f -> { }, pastTheLastColumn()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clinics")
    void everyStoredResultIsWhatTheFormulaComputes(String clinic, Consumer<Fixture> change, Capacity capacity)
            throws IOException {
        Fixture fixture = Fixture.clinic();
        change.accept(fixture);
        Path file = fixture.write(dir.resolve("capacity.xlsx"), capacity);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, Integer> checked = assertStoredResultsAreRecalculated(wb);
            assertEquals(SHEETS_WITH_FORMULAS, List.copyOf(checked.keySet()), "the sheets with formulas");
            assertEquals(12 * 2 + 9, checked.get("Weekly demand"), "utilisation and shortfall a week, 9 totals");
            assertEquals(4, checked.get("Summary"), "the four weekly totals");
        }
    }

    /** A chain's workbook, as the memory test writes it: thousands of columns of stored results. */
    @ParameterizedTest(name = "{0} therapists, {1} weeks")
    @MethodSource("chains")
    void aChainsStoredResultsAreWhatTheFormulasCompute(int therapists, int weeks) throws IOException {
        Path file = dir.resolve("chain.xlsx");
        ChainWorkbook.write(file, therapists, weeks, 3);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, Integer> checked = assertStoredResultsAreRecalculated(wb);
            assertEquals(therapists * (weeks + 3), checked.get("By therapist"), "a shortfall a week, 3 totals each");
        }
    }

    static Stream<Arguments> chains() {
        return Stream.of(Arguments.of(100, 26), Arguments.of(7, 52));
    }

    /**
     * Checks every formula cell of every sheet and returns how many each sheet has. POI's evaluator
     * computes each formula from the cells it refers to, recursing into formulas rather than
     * reading their stored results, so a wrong stored result cannot vouch for another.
     */
    static Map<String, Integer> assertStoredResultsAreRecalculated(XSSFWorkbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Map<String, Integer> formulas = new LinkedHashMap<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertStoredResult(evaluator.evaluate(cell), cell,
                                sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula());
                        formulas.merge(sheet.getSheetName(), 1, Integer::sum);
                    }
                }
            }
        }
        return formulas;
    }

    private static void assertStoredResult(CellValue recalculated, Cell stored, String where) {
        assertEquals(recalculated.getCellType(), stored.getCachedFormulaResultType(), where);
        if (recalculated.getCellType() == CellType.NUMERIC) {
            assertEquals(recalculated.getNumberValue(), stored.getNumericCellValue(), EPS, where);
        } else {
            assertEquals(CellType.STRING, recalculated.getCellType(), where);
            assertEquals(recalculated.getStringValue(), stored.getStringCellValue(), where);
        }
    }

    private static Capacity capacity(double maya, double tom, double ravi) {
        return new Capacity(List.of(new TherapistCapacity("Maya", "North", maya),
                new TherapistCapacity("Tom", "South", tom), new TherapistCapacity("Ravi", "North", ravi)));
    }

    /** 50 minutes plus 15 of turnover is 1.0833... hours: sums whose order changes the last bits. */
    private static void fiftyMinuteClients(Fixture f) {
        for (int i = 0; i < 7; i++) {
            String id = "F" + i;
            f.add(Fixture.plan(Fixture.client(id, "Fifty", id, "", i % 2 == 0 ? "North" : "South", "Tom", 50),
                    Phase.INTENSIVE, 2, Fixture.twiceAWeek(Fixture.AS_OF, 3 + i, 50, Phase.INTENSIVE), List.of()),
                    null);
        }
    }

    private static Capacity pastTheLastColumn() {
        List<TherapistCapacity> many = new ArrayList<>(Fixture.CAPACITY.therapists());
        for (int i = 0; i < DemandSheets.MAX_COLUMNS + 40; i++) {
            many.add(new TherapistCapacity(String.format("T%05d", i), "Site " + i % 7, 1.1));
        }
        return new Capacity(many);
    }
}
