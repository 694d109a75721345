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
import org.apache.poi.ss.usermodel.CellStyle;
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
 * over them, so a planner who types capacity sees everything recompute. Each formula is stored
 * with the result it gives now ({@link Formula}), so the rows stream like any other sheet's.
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

    /** The Weekly demand totals row as the Summary refers to it: its Excel row and what it shows. */
    record WeeklyTotals(int row, double sessions, double hours, Double capacity, Double shortfall) {
    }

    /** Writes Weekly demand; returns its totals, which the Summary shows. */
    WeeklyTotals writeWeekly(Table t) {
        t.header(WEEKLY_COLUMNS);
        String[] letters = letters(WEEKLY_COLUMNS.size());
        String hoursCol = letters[HOURS_COL];
        String capacityCol = letters[CAPACITY_COL];
        ColumnTotals totals = new ColumnTotals(WEEKLY_COLUMNS.size());
        for (int w = 0; w < demand.weeks(); w++) {
            t.newRow();
            int r = t.nextRow();
            t.date(0, demand.weekStart(w));
            number(t, totals, 1, demand.sessions(w), styles.count);
            for (Phase phase : Phase.values()) {
                number(t, totals, 2 + phase.ordinal(), demand.sessions(w, phase), styles.count);
            }
            double hours = demand.hours(w);
            number(t, totals, HOURS_COL, hours, styles.hours);
            capacityCell(t, totals, CAPACITY_COL, weeklyCapacity);
            t.formula(UTILISATION_COL, Formula.utilisation(hoursCol, capacityCol, r, hours, weeklyCapacity),
                    styles.percent);
            formula(t, totals, SHORTFALL_COL, Formula.shortfall(hoursCol, capacityCol, r, hours, weeklyCapacity),
                    styles.hours);
        }
        t.newRow();
        int r = t.nextRow();
        t.text(0, "Total").setCellStyle(styles.totalLabel);
        for (int c = 1; c < HOURS_COL; c++) {
            t.formula(c, Formula.sum(columnRange(letters[c]), totals.sum(c)), styles.totalCount);
        }
        double hours = totals.sum(HOURS_COL);
        t.formula(HOURS_COL, Formula.sum(columnRange(hoursCol), hours), styles.totalHours);
        Formula capacityTotal = Formula.sumOrBlank(columnRange(capacityCol), totals, CAPACITY_COL);
        t.formula(CAPACITY_COL, capacityTotal, styles.totalHours);
        t.formula(UTILISATION_COL, Formula.utilisation(hoursCol, capacityCol, r, hours, capacityTotal.result()),
                styles.totalPercent);
        Formula shortfallTotal = Formula.sumOrBlank(columnRange(letters[SHORTFALL_COL]), totals, SHORTFALL_COL);
        t.formula(SHORTFALL_COL, shortfallTotal, styles.totalHours);
        highlightOverCapacity(t);
        acceptOnlyHours(t, List.of(CAPACITY_COL));
        new DemandChart(demand.weeks()).draw(t.sheet().getWorkbook().getXSSFWorkbook()
                .getSheet(t.sheet().getSheetName()), weekStarts(), weeklyHours(), weeklyCapacity());
        t.finish(WEEKLY_COLUMNS.size(), demand.weeks());
        return new WeeklyTotals(r, totals.sum(1), hours, capacityTotal.result(), shortfallTotal.result());
    }

    void writeByLocation(Table t) {
        writeBreakdown(t, demand.loadByLocation(), TherapistCapacity::location, demand::locationName);
    }

    void writeByTherapist(Table t) {
        writeBreakdown(t, demand.loadByTherapist(), TherapistCapacity::therapist, demand::therapistName);
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
        Map<String, Column> byName = columns(load, hoursPerWeek);
        List<Column> columns = new ArrayList<>(byName.values());
        List<String> header = new ArrayList<>(List.of("week_start"));
        byName.keySet().forEach(n -> header.addAll(List.of(n + " hours", n + " capacity", n + " shortfall")));
        t.header(header);
        String[] letters = letters(header.size());
        ColumnTotals totals = new ColumnTotals(header.size());
        for (int w = 0; w < demand.weeks(); w++) {
            t.newRow();
            int r = t.nextRow();
            t.date(0, demand.weekStart(w));
            int c = 1;
            for (Column column : columns) {
                double hours = column.minutes()[w] / 60.0;
                number(t, totals, c, hours, styles.hours);
                capacityCell(t, totals, c + 1, column.capacity());
                formula(t, totals, c + 2, Formula.shortfall(letters[c], letters[c + 1], r, hours, column.capacity()),
                        styles.hours);
                c += 3;
            }
        }
        t.newRow();
        t.text(0, "Total").setCellStyle(styles.totalLabel);
        for (int c = 1; c < header.size(); c++) {
            String range = columnRange(letters[c]);
            t.formula(c, c % 3 == 1 ? Formula.sum(range, totals.sum(c)) : Formula.sumOrBlank(range, totals, c),
                    styles.totalHours);
        }
        highlightShortfallAndIdle(t, columns.size());
        List<Integer> capacityColumns = new ArrayList<>();
        for (int e = 0; e < columns.size(); e++) {
            capacityColumns.add(2 + 3 * e);
        }
        acceptOnlyHours(t, capacityColumns);
        t.finish(header.size(), demand.weeks());
    }

    /**
     * One site's or therapist's minutes per week and capacity in hours a week: 0 if the capacity
     * input lacks them, null (a blank input) when no capacity was given.
     */
    private record Column(long[] minutes, Double capacity) {
        Column plus(Column other) {
            long[] sum = minutes.clone();
            for (int w = 0; w < sum.length; w++) {
                sum[w] += other.minutes[w];
            }
            return new Column(sum, capacity == null ? null : capacity + other.capacity);
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
                    capacity.isKnown() ? hoursPerWeek.getOrDefault(name, 0.0) : null);
            String heading = columns.size() < MAX_COLUMNS - 1 ? name : OTHERS;
            columns.merge(heading, column, Column::plus);
        }
        return columns;
    }

    /** A number cell, counted in its column's total. */
    private static void number(Table t, ColumnTotals totals, int col, double value, CellStyle style) {
        t.number(col, value, style);
        totals.add(col, value);
    }

    /** A capacity input: the hours a week, or blank for the planner to type. */
    private void capacityCell(Table t, ColumnTotals totals, int col, Double hours) {
        if (hours == null) {
            t.blank(col, styles.input);
        } else {
            number(t, totals, col, hours, styles.input);
        }
    }

    /** A formula cell, its result counted in its column's total. */
    private static void formula(Table t, ColumnTotals totals, int col, Formula formula, CellStyle style) {
        t.formula(col, formula, style);
        totals.add(col, formula.result());
    }

    /** The column letters A, B, C... of a sheet {@code columns} wide, made once rather than per cell. */
    private static String[] letters(int columns) {
        String[] letters = new String[columns];
        for (int c = 0; c < columns; c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
        return letters;
    }

    /** The column's week rows, e.g. {@code G2:G13}. */
    private String columnRange(String letter) {
        return letter + "2:" + letter + (demand.weeks() + 1);
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
