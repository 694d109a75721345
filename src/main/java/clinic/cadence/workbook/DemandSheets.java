package clinic.cadence.workbook;

import clinic.cadence.plan.Phase;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.TherapistCapacity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the demand sheets ({@code Weekly demand}, {@code By location}, {@code By therapist}) from
 * the weekly sums. Capacity cells are plain inputs; utilisation, shortfall and totals are formulas
 * over them, so a planner who types capacity sees everything recompute.
 */
final class DemandSheets {
    static final List<String> WEEKLY_COLUMNS = List.of("week_start", "sessions", "intensive", "taper", "maintenance",
            "review", "therapist_hours", "capacity_hours", "utilisation", "shortfall_hours");
    static final int HOURS_COL = 6;
    static final int CAPACITY_COL = 7;
    static final int UTILISATION_COL = 8;
    static final int SHORTFALL_COL = 9;
    /** Sites or therapists a breakdown sheet has room for: three columns each after week_start. */
    static final int MAX_COLUMNS = (SpreadsheetVersion.EXCEL2007.getMaxColumns() - 1) / 3;
    static final String OTHERS = "(all others)";

    private final Demand demand;
    private final Capacity capacity;
    private final Styles styles;
    /** The clinic's hours a week (all therapists), or null when no capacity was given. */
    private final Double weeklyCapacity;

    DemandSheets(Demand demand, Capacity capacity, Styles styles) {
        this.demand = demand;
        this.capacity = capacity;
        this.styles = styles;
        this.weeklyCapacity = capacity.isKnown()
                ? capacity.therapists().stream().mapToDouble(TherapistCapacity::hoursPerWeek).sum() : null;
    }

    /** The Excel row number (1-based) of the totals row on every demand sheet. */
    int totalsRow() {
        return demand.weeks() + 2;
    }

    void writeWeekly(Table t) {
        t.header(WEEKLY_COLUMNS);
        for (int w = 0; w < demand.weeks(); w++) {
            t.newRow();
            int r = t.nextRow();
            t.date(0, demand.weekStart(w));
            t.number(1, demand.sessions(w), styles.count);
            for (Phase phase : Phase.values()) {
                t.number(2 + phase.ordinal(), demand.sessions(w, phase), styles.count);
            }
            t.number(HOURS_COL, demand.hours(w), styles.hours);
            capacityCell(t, CAPACITY_COL, weeklyCapacity);
            t.formula(UTILISATION_COL, utilisation("G" + r, "H" + r), styles.percent);
            t.formula(SHORTFALL_COL, shortfall("G" + r, "H" + r), styles.hours);
        }
        t.newRow();
        int r = t.nextRow();
        t.text(0, "Total").setCellStyle(styles.totalLabel);
        for (int c = 1; c < HOURS_COL; c++) {
            t.formula(c, "SUM(" + columnRange(c) + ")", styles.totalCount);
        }
        t.formula(HOURS_COL, "SUM(" + columnRange(HOURS_COL) + ")", styles.totalHours);
        t.formula(CAPACITY_COL, sumOrBlank(columnRange(CAPACITY_COL)), styles.totalHours);
        t.formula(UTILISATION_COL, utilisation("G" + r, "H" + r), styles.totalPercent);
        t.formula(SHORTFALL_COL, sumOrBlank(columnRange(SHORTFALL_COL)), styles.totalHours);
        highlightOverCapacity(t);
        acceptOnlyHours(t, List.of(CAPACITY_COL));
        new DemandChart(demand.weeks()).draw(t.sheet().getWorkbook().getXSSFWorkbook()
                .getSheet(t.sheet().getSheetName()), weekStarts(), weeklyHours(), weeklyCapacity());
        t.finish(WEEKLY_COLUMNS.size(), demand.weeks());
    }

    void writeByLocation(Table t) {
        writeBreakdown(t, demand.loadByLocation(), TherapistCapacity::location, Demand::locationOf);
    }

    void writeByTherapist(Table t) {
        writeBreakdown(t, demand.loadByTherapist(), TherapistCapacity::therapist, Demand::therapistOf);
    }

    /**
     * Weeks down; for each site or therapist three columns across: hours, capacity, shortfall.
     * With a capacity input, one missing from it has capacity 0 (its demand is all shortfall) and
     * one with capacity but no clients shows 0 hours (idle); without one, capacity is left blank.
     */
    private void writeBreakdown(Table t, Map<String, long[]> load, Function<TherapistCapacity, String> key,
            Function<String, String> named) {
        SortedMap<String, Double> hoursPerWeek = new TreeMap<>();
        capacity.therapists().forEach(c -> hoursPerWeek.merge(named.apply(key.apply(c)), c.hoursPerWeek(), Double::sum));
        Map<String, Column> columns = columns(load, hoursPerWeek);
        List<String> header = new ArrayList<>(List.of("week_start"));
        columns.keySet().forEach(n -> header.addAll(List.of(n + " hours", n + " capacity", n + " shortfall")));
        t.header(header);
        for (int w = 0; w < demand.weeks(); w++) {
            t.newRow();
            int r = t.nextRow();
            t.date(0, demand.weekStart(w));
            int c = 1;
            for (Column column : columns.values()) {
                t.number(c, column.minutes()[w] / 60.0, styles.hours);
                capacityCell(t, c + 1, capacity.isKnown() ? column.hoursPerWeek() : null);
                t.formula(c + 2, shortfall(letter(c) + r, letter(c + 1) + r), styles.hours);
                c += 3;
            }
        }
        t.newRow();
        t.text(0, "Total").setCellStyle(styles.totalLabel);
        for (int c = 1; c < header.size(); c++) {
            String range = columnRange(c);
            t.formula(c, c % 3 == 1 ? "SUM(" + range + ")" : sumOrBlank(range), styles.totalHours);
        }
        highlightShortfallAndIdle(t, columns.size());
        List<Integer> capacityColumns = new ArrayList<>();
        for (int e = 0; e < columns.size(); e++) {
            capacityColumns.add(2 + 3 * e);
        }
        acceptOnlyHours(t, capacityColumns);
        t.finish(header.size(), demand.weeks());
    }

    /** One site's or therapist's minutes per week and capacity (0 if the capacity input lacks them). */
    private record Column(long[] minutes, double hoursPerWeek) {
        Column plus(Column other) {
            long[] sum = minutes.clone();
            for (int w = 0; w < sum.length; w++) {
                sum[w] += other.minutes[w];
            }
            return new Column(sum, hoursPerWeek + other.hoursPerWeek);
        }
    }

    /**
     * The columns in name order. Names past what a sheet's 16,384 columns hold (a roster whose
     * therapist column holds something else, say) are summed into one last column, not lost.
     */
    private Map<String, Column> columns(Map<String, long[]> load, SortedMap<String, Double> hoursPerWeek) {
        SortedSet<String> names = new TreeSet<>(load.keySet());
        names.addAll(hoursPerWeek.keySet());
        Map<String, Column> columns = new LinkedHashMap<>();
        for (String name : names) {
            Column column = new Column(load.getOrDefault(name, new long[demand.weeks()]),
                    hoursPerWeek.getOrDefault(name, 0.0));
            String heading = columns.size() < MAX_COLUMNS - 1 ? name : OTHERS;
            columns.merge(heading, column, Column::plus);
        }
        return columns;
    }

    private void capacityCell(Table t, int col, Double hours) {
        if (hours == null) {
            t.blank(col, styles.input);
        } else {
            t.number(col, hours, styles.input);
        }
    }

    /** Blank capacity (not yet typed) or 0 gives an empty utilisation, never #DIV/0!. */
    private static String utilisation(String hours, String capacity) {
        return "IF(ISNUMBER(" + capacity + "),IF(" + capacity + ">0," + hours + "/" + capacity + ",\"\"),\"\")";
    }

    private static String shortfall(String hours, String capacity) {
        return "IF(ISNUMBER(" + capacity + "),MAX(0," + hours + "-" + capacity + "),\"\")";
    }

    private static String sumOrBlank(String range) {
        return "IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))";
    }

    /** The column's week rows, e.g. {@code G2:G13}. */
    private String columnRange(int col) {
        return letter(col) + "2:" + letter(col) + (demand.weeks() + 1);
    }

    private static String letter(int col) {
        return CellReference.convertNumToColString(col);
    }

    private void highlightOverCapacity(Table t) {
        SheetConditionalFormatting cf = t.sheet().getSheetConditionalFormatting();
        ConditionalFormattingRule over = cf.createConditionalFormattingRule("AND(ISNUMBER($H2),$G2>$H2)");
        alarm(over);
        cf.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(1, demand.weeks(), 0, WEEKLY_COLUMNS.size() - 1)}, over);
    }

    /**
     * Shortfalls in alarm colours, idle weeks in grey: one rule each over the whole block, which
     * picks its columns by position (hours in columns B, E, H..., shortfall in D, G, J...), so a
     * sheet with thousands of therapists still has just two rules.
     */
    private void highlightShortfallAndIdle(Table t, int columns) {
        if (columns == 0) {
            return;
        }
        CellRangeAddress[] block = {new CellRangeAddress(1, demand.weeks(), 1, 3 * columns)};
        SheetConditionalFormatting cf = t.sheet().getSheetConditionalFormatting();
        ConditionalFormattingRule shortRule = cf.createConditionalFormattingRule(
                "AND(MOD(COLUMN(B2),3)=1,ISNUMBER(B2),B2>0)");
        alarm(shortRule);
        cf.addConditionalFormatting(block, shortRule);
        ConditionalFormattingRule idle = cf.createConditionalFormattingRule(
                "AND(MOD(COLUMN(B2),3)=2,B2=0,ISNUMBER(C2),C2>0)");
        idle.createPatternFormatting().setFillBackgroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        cf.addConditionalFormatting(block, idle);
    }

    /** Capacity cells take a number of hours, 0 or more: a typo is stopped where it is typed. */
    private void acceptOnlyHours(Table t, List<Integer> columns) {
        if (columns.isEmpty()) {
            return;
        }
        CellRangeAddressList cells = new CellRangeAddressList();
        columns.forEach(c -> cells.addCellRangeAddress(1, c, demand.weeks(), c));
        DataValidationHelper helper = t.sheet().getDataValidationHelper();
        DataValidation hours = helper.createValidation(helper.createDecimalConstraint(
                DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), cells);
        hours.setShowErrorBox(true);
        hours.createErrorBox("Capacity", "Type the hours available that week, e.g. 37.5, or leave it empty.");
        hours.setEmptyCellAllowed(true);
        t.sheet().addValidationData(hours);
    }

    private static void alarm(ConditionalFormattingRule rule) {
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        FontFormatting font = rule.createFontFormatting();
        font.setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        font.setFontStyle(false, true);
    }

    private String[] weekStarts() {
        String[] starts = new String[demand.weeks()];
        for (int w = 0; w < starts.length; w++) {
            starts[w] = demand.weekStart(w).toString();
        }
        return starts;
    }

    private Double[] weeklyHours() {
        Double[] hours = new Double[demand.weeks()];
        for (int w = 0; w < hours.length; w++) {
            hours[w] = demand.hours(w);
        }
        return hours;
    }

    private Double[] weeklyCapacity() {
        Double[] hours = new Double[demand.weeks()];
        Arrays.fill(hours, weeklyCapacity);
        return hours;
    }
}
