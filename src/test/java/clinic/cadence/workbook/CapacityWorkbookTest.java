package clinic.cadence.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.plan.Phase;
import clinic.cadence.plan.Session;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.TherapistCapacity;
import clinic.cadence.rules.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the fixture clinic's workbook, opens it back with POI and evaluates its formulas. */
class CapacityWorkbookTest {
    private static final double EPS = 1e-9;
    private static final int WEEKS = 12;
    private static final double CLINIC_CAPACITY = 45.0; // Maya 20 + Tom 10 + Ravi 15

    @TempDir
    Path dir;

    private final Fixture clinic = Fixture.clinic();

    @Test
    void sheetsComeInOrderWithTheirFirstColumns() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Weekly demand", "By location", "By therapist", "Clients", "Changes",
                    "Review", "Rejected", "Rules"), names);
            assertEquals(List.of("week_start", "sessions", "intensive", "taper", "maintenance", "review",
                    "therapist_hours", "capacity_hours", "utilisation", "shortfall_hours"), header(wb, "Weekly demand"));
            assertEquals(List.of("client_id", "name", "location", "therapist", "condition", "band", "phase_now",
                    "sessions_this_week", "maintenance_interval_weeks", "next_session", "sessions_in_window", "flags",
                    "plan_file", "warnings", "plan_language", "change"), header(wb, "Clients"));
            assertEquals(List.of("client_id", "name", "therapist", "why"), header(wb, "Review"));
            assertEquals(List.of("row", "client_id", "column", "value", "problem"), header(wb, "Rejected"));
            assertEquals(List.of("name", "value", "meaning"), header(wb, "Rules"));
            assertEquals("week_start", header(wb, "By location").get(0));
            assertEquals("week_start", header(wb, "By therapist").get(0));
        }
    }

    @Test
    void weeklyDemandWithCapacityAddsUpTheSessionsAndComparesThemWithCapacity() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            evaluateAll(wb);
            Sheet weekly = wb.getSheet("Weekly demand");
            double totalHours = 0;
            double totalShortfall = 0;
            for (int w = 0; w < WEEKS; w++) {
                Row row = weekly.getRow(w + 1);
                LocalDate monday = Fixture.WINDOW_START.plusWeeks(w);
                List<Session> week = sessionsIn(monday);
                double hours = week.stream().mapToDouble(s -> (s.minutes() + 15) / 60.0).sum();
                assertEquals(monday, row.getCell(0).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(week.size(), row.getCell(1).getNumericCellValue());
                for (Phase phase : Phase.values()) {
                    assertEquals(week.stream().filter(s -> s.phase() == phase).count(),
                            (long) row.getCell(2 + phase.ordinal()).getNumericCellValue(), phase + " in week " + w);
                }
                assertEquals(hours, row.getCell(6).getNumericCellValue(), EPS);
                assertEquals(CLINIC_CAPACITY, row.getCell(7).getNumericCellValue(), EPS);
                assertEquals(hours / CLINIC_CAPACITY, row.getCell(8).getNumericCellValue(), EPS);
                assertEquals(Math.max(0, hours - CLINIC_CAPACITY), row.getCell(9).getNumericCellValue(), EPS);
                totalHours += hours;
                totalShortfall += Math.max(0, hours - CLINIC_CAPACITY);
            }
            assertTrue(totalShortfall > 0, "the fixture has weeks over capacity");
            Row totals = weekly.getRow(WEEKS + 1);
            assertEquals("Total", totals.getCell(0).getStringCellValue());
            assertEquals(clinic.sessions().size(), totals.getCell(1).getNumericCellValue());
            assertEquals(totalHours, totals.getCell(6).getNumericCellValue(), EPS);
            assertEquals(CLINIC_CAPACITY * WEEKS, totals.getCell(7).getNumericCellValue(), EPS);
            assertEquals(totalHours / (CLINIC_CAPACITY * WEEKS), totals.getCell(8).getNumericCellValue(), EPS);
            assertEquals(totalShortfall, totals.getCell(9).getNumericCellValue(), EPS);
            Sheet summary = wb.getSheet("Summary");
            assertEquals(totalHours, summaryValue(summary, "therapist hours").getNumericCellValue(), EPS);
            assertEquals(totalShortfall, summaryValue(summary, "shortfall hours").getNumericCellValue(), EPS);
        }
    }

    @Test
    void withoutCapacityTheCapacityCellsAreBlankInputsAndNoFormulaFails() throws IOException {
        try (XSSFWorkbook wb = open(Capacity.none())) {
            evaluateAll(wb);
            Sheet weekly = wb.getSheet("Weekly demand");
            for (int w = 0; w < WEEKS; w++) {
                Row row = weekly.getRow(w + 1);
                assertEquals(CellType.BLANK, row.getCell(7).getCellType(), "capacity of week " + w);
                assertFalse(row.getCell(7).getCellStyle().getLocked(), "capacity is an input");
                assertEquals("", row.getCell(8).getStringCellValue());
                assertEquals("", row.getCell(9).getStringCellValue());
            }
            Row totals = weekly.getRow(WEEKS + 1);
            assertEquals("", totals.getCell(7).getStringCellValue());
            assertEquals("", totals.getCell(8).getStringCellValue());
            assertEquals("", totals.getCell(9).getStringCellValue());
            assertNoErrors(wb);
        }
    }

    @Test
    void aRunWithNobodyPlannedStillGivesAWorkbookThatAddsUp() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (CapacityWorkbook wb = new CapacityWorkbook(Fixture.AS_OF, "r.csv", "built-in defaults", List.of(),
                Settings.defaults(), Capacity.none())) {
            wb.addRejected(Fixture.REJECTED);
            wb.write(file, new clinic.cadence.roster.RowCounts(1, 0, 1, 0));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            evaluateAll(wb);
            Row totals = wb.getSheet("Weekly demand").getRow(WEEKS + 1);
            assertEquals(0.0, totals.getCell(1).getNumericCellValue());
            assertEquals(0.0, totals.getCell(6).getNumericCellValue());
            assertEquals(List.of("week_start"), header(wb, "By therapist"));
            assertEquals(0, wb.getSheet("Clients").getLastRowNum());
            assertEquals(2, wb.getSheet("Rejected").getLastRowNum());
        }
    }

    @Test
    void capacityTypedByThePlannerRecomputesUtilisationShortfallAndTotals() throws IOException {
        try (XSSFWorkbook wb = open(Capacity.none())) {
            Sheet weekly = wb.getSheet("Weekly demand");
            weekly.getRow(1).getCell(7).setCellValue(10.0);
            evaluateAll(wb);
            double hours = weekly.getRow(1).getCell(6).getNumericCellValue();
            assertEquals(hours / 10.0, weekly.getRow(1).getCell(8).getNumericCellValue(), EPS);
            assertEquals(Math.max(0, hours - 10.0), weekly.getRow(1).getCell(9).getNumericCellValue(), EPS);
            assertEquals(10.0, weekly.getRow(WEEKS + 1).getCell(7).getNumericCellValue(), EPS);
            assertEquals(Math.max(0, hours - 10.0), weekly.getRow(WEEKS + 1).getCell(9).getNumericCellValue(), EPS);
            assertEquals("", weekly.getRow(2).getCell(8).getStringCellValue(), "weeks still blank stay blank");
        }
    }

    @Test
    void byTherapistShowsIdleTherapistsAndDemandWithoutCapacityAsShortfall() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            evaluateAll(wb);
            Sheet sheet = wb.getSheet("By therapist");
            List<String> header = header(wb, "By therapist");
            assertEquals(List.of("week_start", "(no therapist) hours", "(no therapist) capacity",
                    "(no therapist) shortfall", "Maya hours", "Maya capacity", "Maya shortfall", "Ravi hours",
                    "Ravi capacity", "Ravi shortfall", "Tom hours", "Tom capacity", "Tom shortfall"), header);
            int ravi = header.indexOf("Ravi hours");
            int nobody = header.indexOf("(no therapist) hours");
            for (int w = 0; w < WEEKS; w++) {
                Row row = sheet.getRow(w + 1);
                assertEquals(0.0, row.getCell(ravi).getNumericCellValue(), "Ravi is idle");
                assertEquals(15.0, row.getCell(ravi + 1).getNumericCellValue());
                assertEquals(0.0, row.getCell(ravi + 2).getNumericCellValue());
                double expected = hoursOf(sessionsIn(Fixture.WINDOW_START.plusWeeks(w), "C003"));
                assertEquals(expected, row.getCell(nobody).getNumericCellValue(), EPS);
                assertEquals(0.0, row.getCell(nobody + 1).getNumericCellValue(), "no capacity given");
                assertEquals(expected, row.getCell(nobody + 2).getNumericCellValue(), EPS, "all of it short");
            }
            assertEquals(15.0 * WEEKS, sheet.getRow(WEEKS + 1).getCell(ravi + 1).getNumericCellValue(), EPS);
        }
    }

    @Test
    void moreTherapistsThanTheSheetHasColumnsForAreSummedNotLost() throws IOException {
        List<TherapistCapacity> many = new ArrayList<>();
        for (int i = 0; i < DemandSheets.MAX_COLUMNS + 40; i++) {
            many.add(new TherapistCapacity(String.format("T%05d", i), "North", 1.0));
        }
        try (XSSFWorkbook wb = open(new Capacity(many))) {
            List<String> header = header(wb, "By therapist");
            assertEquals(1 + 3 * DemandSheets.MAX_COLUMNS, header.size());
            int others = header.indexOf(DemandSheets.OTHERS + " capacity");
            assertEquals(header.size() - 2, others, "the last column");
            Row firstWeek = wb.getSheet("By therapist").getRow(1);
            // Everyone sorted after the last named column: the fixture's three plus the overflow.
            double summed = 0;
            for (TherapistCapacity t : many) {
                if (t.therapist().compareTo(header.get(others - 3).replace(" hours", "")) > 0) {
                    summed += t.hoursPerWeek();
                }
            }
            assertTrue(summed > 40);
            assertEquals(summed, firstWeek.getCell(others).getNumericCellValue(), EPS);
        }
    }

    @Test
    void byLocationSumsTheSitesAndTheirTherapistsCapacity() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            evaluateAll(wb);
            List<String> header = header(wb, "By location");
            int north = header.indexOf("North hours");
            Sheet sheet = wb.getSheet("By location");
            for (int w = 0; w < WEEKS; w++) {
                LocalDate monday = Fixture.WINDOW_START.plusWeeks(w);
                double hours = 0;
                for (Fixture.Planned p : clinic.planned) {
                    if (p.plan().client().location().equals("North")) {
                        hours += hoursOf(p.plan().sessions().stream().filter(s -> inWeek(s, monday)).toList());
                    }
                }
                Row row = sheet.getRow(w + 1);
                assertEquals(hours, row.getCell(north).getNumericCellValue(), EPS);
                assertEquals(35.0, row.getCell(north + 1).getNumericCellValue(), EPS, "Maya 20 + Ravi 15");
                assertEquals(Math.max(0, hours - 35), row.getCell(north + 2).getNumericCellValue(), EPS);
            }
            assertTrue(header.contains("(no location) hours"));
        }
    }

    @Test
    void clientRowsCarryRealDatesNumbersFlagsAndARelativeLinkToThePlan() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            XSSFSheet clients = wb.getSheet("Clients");
            assertEquals(clinic.planned.size(), clients.getLastRowNum());
            Row ann = clients.getRow(1);
            assertEquals("C001", ann.getCell(0).getStringCellValue());
            assertEquals("Ann Lee", ann.getCell(1).getStringCellValue());
            assertEquals(2.0, ann.getCell(7).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 11, 25), ann.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(Styles.DATE_FORMAT, ann.getCell(9).getCellStyle().getDataFormatString());
            assertEquals(8.0, ann.getCell(10).getNumericCellValue());
            XSSFHyperlink link = (XSSFHyperlink) ann.getCell(12).getHyperlink();
            assertEquals(HyperlinkType.FILE, link.getType());
            assertEquals("plans/North/C001-Ann%20Lee.pdf", link.getAddress());
            URI target = URI.create(link.getAddress());
            assertFalse(target.isAbsolute());
            assertEquals("plans/North/C001-Ann Lee.pdf", target.getPath());
            PackageRelationship rel = clients.getPackagePart().getRelationship(link.getCTHyperlink().getId());
            assertEquals(TargetMode.EXTERNAL, rel.getTargetMode());
            assertEquals("plans/North/C001-Ann%20Lee.pdf", rel.getTargetURI().toString());

            for (int i = 0; i < clinic.planned.size(); i++) {
                String planFile = clinic.planned.get(i).planFile();
                Cell cell = clients.getRow(i + 1).getCell(12);
                if (planFile == null) {
                    assertNull(cell, "no PDF, no link");
                    continue;
                }
                assertEquals(planFile, cell.getStringCellValue());
                XSSFHyperlink each = (XSSFHyperlink) cell.getHyperlink();
                assertNotNull(each, "link in row " + (i + 2));
                assertEquals(HyperlinkType.FILE, each.getType());
                assertEquals(planFile, URI.create(each.getAddress()).getPath());
                assertEquals(TargetMode.EXTERNAL,
                        clients.getPackagePart().getRelationship(each.getCTHyperlink().getId()).getTargetMode());
            }
            assertEquals(clinic.planned.size() - 1, clients.getHyperlinkList().size());

            Row zoe = clients.getRow(3);
            assertEquals("Zoë Ωmega", zoe.getCell(1).getStringCellValue());
            assertEquals("THERAPIST REVIEW; BUDGET-LIMITED", zoe.getCell(11).getStringCellValue());
            assertNull(zoe.getCell(12), "no PDF, no link");
            assertNull(clients.getRow(2).getCell(7), "maintenance has no sessions_this_week");
        }
    }

    @Test
    void pastExcelsLinkLimitThePlanPathStaysAsText() throws IOException {
        Path file = dir.resolve("few-links.xlsx");
        try (CapacityWorkbook wb = new CapacityWorkbook(Fixture.AS_OF, "r.csv", "built-in defaults", Fixture.RULES,
                Settings.defaults(), Fixture.CAPACITY, 2)) {
            clinic.planned.forEach(p -> wb.addPlan(p.plan(), p.planFile()));
            wb.write(file, clinic.counts());
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet clients = wb.getSheet("Clients");
            assertEquals(2, clients.getHyperlinkList().size());
            assertNotNull(clients.getRow(1).getCell(12).getHyperlink());
            assertNotNull(clients.getRow(2).getCell(12).getHyperlink());
            Cell unlinked = clients.getRow(4).getCell(12);
            assertEquals(clinic.planned.get(3).planFile(), unlinked.getStringCellValue());
            assertNull(unlinked.getHyperlink());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            Cell name = wb.getSheet("Clients").getRow(2).getCell(1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(Fixture.INJECTED_NAME, name.getStringCellValue());
            Row review = wb.getSheet("Review").getRow(1);
            assertEquals(Fixture.INJECTED_NAME, review.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, review.getCell(3).getCellType());
            assertEquals(Fixture.REVIEW_WHY, review.getCell(3).getStringCellValue(),
                    "the Review sheet words the flag's findings in the clinic's language");
            assertEquals("@SUM(1+1)", wb.getSheet("Rejected").getRow(2).getCell(3).getStringCellValue());
            for (String sheet : List.of("Clients", "Review", "Rejected", "Rules")) {
                for (Row row : wb.getSheet(sheet)) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet + "!" + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void controlCharactersInTheDataStillGiveAWorkbookThatOpens() throws IOException {
        clinic.add(Fixture.plan(Fixture.client("C\u0001X", "Bell\u0007", "Tab\tName", "", "North\u000b", "Maya", 60),
                Phase.MAINTENANCE, null, List.of(), List.of()), "plans/North/C-X & Y's #1.pdf");
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            XSSFSheet clients = wb.getSheet("Clients");
            Row last = clients.getRow(clients.getLastRowNum());
            assertTrue(last.getCell(1).getStringCellValue().startsWith("Bell"));
            XSSFHyperlink link = (XSSFHyperlink) last.getCell(12).getHyperlink();
            assertEquals("plans/North/C-X & Y's #1.pdf", URI.create(link.getAddress()).getPath());
        }
    }

    @Test
    void reviewRejectedRulesAndSummaryHoldTheRun() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            evaluateAll(wb);
            Sheet review = wb.getSheet("Review");
            assertEquals(2, review.getLastRowNum());
            assertEquals(List.of("C003", "Zoë Ωmega", "", "Pain rose from 5 at intake to 7 now (getting worse, R2)."),
                    texts(review.getRow(2)));
            Sheet rejected = wb.getSheet("Rejected");
            assertEquals(2, rejected.getLastRowNum(), "one row per problem");
            assertEquals(7.0, rejected.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(List.of("C404", "pain_level", "eleven", "expected a whole number from 0 to 10"),
                    texts(rejected.getRow(1)).subList(1, 5));
            Sheet rules = wb.getSheet("Rules");
            for (int i = 0; i < Fixture.RULES.size(); i++) {
                var p = Fixture.RULES.get(i);
                assertEquals(List.of(p.name(), p.value(), p.meaning()), texts(rules.getRow(i + 1)));
            }
            Sheet summary = wb.getSheet("Summary");
            assertEquals(Fixture.AS_OF, summaryValue(summary, "as of").getLocalDateTimeCellValue().toLocalDate());
            assertEquals("sample-data/roster.csv", summaryValue(summary, "roster").getStringCellValue());
            assertEquals("built-in defaults", summaryValue(summary, "rulebook").getStringCellValue());
            assertEquals(clinic.planned.size() + 2, summaryValue(summary, "rows read").getNumericCellValue());
            assertEquals(clinic.planned.size(), summaryValue(summary, "planned").getNumericCellValue());
            assertEquals(1, summaryValue(summary, "rejected").getNumericCellValue());
            assertEquals(1, summaryValue(summary, "not active").getNumericCellValue());
            assertEquals(30, summaryValue(summary, "clients in taper").getNumericCellValue());
            assertEquals(1, summaryValue(summary, "clients in review").getNumericCellValue());
            assertEquals(2, summaryValue(summary, "clients flagged THERAPIST REVIEW").getNumericCellValue());
            assertEquals(1, summaryValue(summary, "clients flagged BUDGET-LIMITED").getNumericCellValue());
            assertEquals(0, summaryValue(summary, "clients flagged AVAILABILITY-LIMITED").getNumericCellValue());
            assertEquals(clinic.sessions().size(),
                    summaryValue(summary, "sessions in window").getNumericCellValue());
        }
    }

    @Test
    void sheetsAreSetUpToWorkInAndToPrint() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            for (String name : List.of("Weekly demand", "By location", "By therapist", "Clients", "Changes", "Review",
                    "Rejected", "Rules")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertTrue(sheet.getPaneInformation().isFreezePane(), name + " frozen header");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " filter");
                assertTrue(sheet.getPrintSetup().getLandscape(), name + " landscape");
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
                assertEquals("1:1", sheet.getRepeatingRows().formatAsString(), name + " header repeats");
            }
            XSSFSheet clients = wb.getSheet("Clients");
            assertEquals("$A$1:$P$" + (clinic.planned.size() + 1),
                    clients.getCTWorksheet().getAutoFilter().getRef().replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2"));
            int nameWidth = clients.getColumnWidth(1) / 256;
            assertTrue(nameWidth >= Fixture.INJECTED_NAME.length() && nameWidth <= 52, "fitted: " + nameWidth);
            XSSFSheet weekly = wb.getSheet("Weekly demand");
            assertEquals(1, weekly.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertEquals("AND(ISNUMBER($H2),$G2>$H2)",
                    weekly.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1());
            var capacityInput = weekly.getDataValidations().get(0);
            assertEquals("H2:H13", capacityInput.getRegions().getCellRangeAddress(0).formatAsString());
            assertEquals("0", capacityInput.getValidationConstraint().getFormula1());
            var therapistInputs = wb.getSheet("By therapist").getDataValidations().get(0).getRegions();
            assertEquals(4, therapistInputs.countRanges(), "one capacity column per therapist");
            assertEquals("C2:C13", therapistInputs.getCellRangeAddress(0).formatAsString());
            // The breakdown sheets stream row by row; what lies outside the rows is still there.
            XSSFSheet byTherapist = wb.getSheet("By therapist");
            assertEquals(2, byTherapist.getSheetConditionalFormatting().getNumConditionalFormattings(),
                    "shortfall and idle highlights");
            assertEquals("B2:M13", byTherapist.getSheetConditionalFormatting().getConditionalFormattingAt(0)
                    .getFormattingRanges()[0].formatAsString());
            int hoursWidth = byTherapist.getColumnWidth(1) / 256;
            assertEquals(headerWidth(byTherapist, 1), hoursWidth, "fitted to the header, wider than its numbers");
        }
    }

    @Test
    void aShorterHorizonGivesFewerWeeksAndFormulasThatFollowThem() throws IOException {
        Path file = dir.resolve("short.xlsx");
        Fixture.Planned ann = clinic.planned.get(0);
        try (CapacityWorkbook wb = new CapacityWorkbook(Fixture.AS_OF, "r.csv", "built-in defaults", Fixture.RULES,
                Settings.defaults().withHorizonWeeks(5), Fixture.CAPACITY)) {
            wb.addPlan(ann.plan(), ann.planFile());
            wb.write(file, new clinic.cadence.roster.RowCounts(1, 1, 0, 0));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            evaluateAll(wb);
            Sheet weekly = wb.getSheet("Weekly demand");
            assertEquals("Total", weekly.getRow(6).getCell(0).getStringCellValue());
            assertEquals(ann.plan().sessions().size(), weekly.getRow(6).getCell(1).getNumericCellValue());
            assertEquals(45.0 * 5, weekly.getRow(6).getCell(7).getNumericCellValue(), EPS);
            var bars = wb.getSheet("Weekly demand").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertEquals("'Weekly demand'!$G$2:$G$6", bars.getSeries(0).getValuesData().getDataRangeReference());
            assertNoErrors(wb);
        }
    }

    @Test
    void theChartPlotsDemandAgainstCapacityFromTheSheetsCells() throws IOException {
        try (XSSFWorkbook wb = open(Fixture.CAPACITY)) {
            XSSFDrawing drawing = wb.getSheet("Weekly demand").getDrawingPatriarch();
            assertNotNull(drawing);
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(1, charts.size());
            XSSFChart chart = charts.get(0);
            assertEquals(2, chart.getChartSeries().size(), "bars and a line");
            var bars = chart.getChartSeries().get(0).getSeries(0);
            var line = chart.getChartSeries().get(1).getSeries(0);
            assertEquals("'Weekly demand'!$G$2:$G$13", bars.getValuesData().getDataRangeReference());
            assertEquals("'Weekly demand'!$H$2:$H$13", line.getValuesData().getDataRangeReference());
            assertEquals("'Weekly demand'!$A$2:$A$13", bars.getCategoryData().getDataRangeReference());
        }
    }

    @Test
    void theSameInputsGiveTheSameBytesWhateverTheMachinesZoneAndLanguage() throws IOException {
        Path first = clinic.write(dir.resolve("first.xlsx"), Fixture.CAPACITY);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Path second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
            Locale.setDefault(Locale.GERMANY);
            second = Fixture.clinic().write(dir.resolve("second.xlsx"), Fixture.CAPACITY);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (ZipFile zip = ZipFile.builder().setPath(first).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                assertEquals(Fixture.AS_OF.atTime(12, 0), LocalDateTime.ofInstant(
                        entry.getLastModifiedDate().toInstant(), ZoneId.systemDefault()), entry.getName());
            }
        }
        try (InputStream in = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals(Fixture.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), core.getCreated().toInstant());
            assertEquals(Fixture.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), core.getModified().toInstant());
        }
    }

    @Test
    void closeRemovesTheStreamingTempFiles() throws IOException {
        Path poiTemp = Files.createDirectory(dir.resolve("poi"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            try (CapacityWorkbook wb = new CapacityWorkbook(Fixture.AS_OF, "r.csv", "built-in defaults",
                    Fixture.RULES, Settings.defaults(), Fixture.CAPACITY)) {
                clinic.planned.forEach(p -> wb.addPlan(p.plan(), p.planFile()));
                assertTrue(countFiles(poiTemp) > 2, "SXSSF and the plan links stream to temp files");
                wb.write(dir.resolve("c.xlsx"), clinic.counts());
            }
            assertEquals(0, countFiles(poiTemp));
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private XSSFWorkbook open(Capacity capacity) throws IOException {
        Path file = clinic.write(dir.resolve("capacity.xlsx"), capacity);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void evaluateAll(XSSFWorkbook wb) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /** Every formula cell of every sheet evaluates to a value, never an error (#DIV/0!, #REF!...). */
    private static void assertNoErrors(XSSFWorkbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas++;
                        assertNotEquals(CellType.ERROR, evaluator.evaluate(cell).getCellType(),
                                sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
                    }
                }
            }
        }
        assertTrue(formulas > 50, "formulas checked: " + formulas);
    }

    private List<Session> sessionsIn(LocalDate monday) {
        return clinic.sessions().stream().filter(s -> inWeek(s, monday)).toList();
    }

    private List<Session> sessionsIn(LocalDate monday, String clientId) {
        return clinic.planned.stream().filter(p -> p.plan().client().id().equals(clientId))
                .flatMap(p -> p.plan().sessions().stream()).filter(s -> inWeek(s, monday)).toList();
    }

    private static boolean inWeek(Session s, LocalDate monday) {
        long days = ChronoUnit.DAYS.between(monday, s.date());
        return days >= 0 && days < 7;
    }

    private static double hoursOf(List<Session> sessions) {
        return sessions.stream().mapToDouble(s -> (s.minutes() + 15) / 60.0).sum();
    }

    /** The width a column is fitted to when its header is its widest text: the header's length plus 2. */
    private static int headerWidth(Sheet sheet, int col) {
        return Math.min(50, sheet.getRow(0).getCell(col).getStringCellValue().length() + 2);
    }

    private static List<String> header(XSSFWorkbook wb, String sheet) {
        return texts(wb.getSheet(sheet).getRow(0));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
        }
        return texts;
    }

    private static Cell summaryValue(Sheet summary, String item) {
        for (Row row : summary) {
            if (row.getCell(0).getStringCellValue().equals(item)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no summary item " + item);
    }
}
