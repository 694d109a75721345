package clinic.cadence.roster;

import static clinic.cadence.roster.CapacityColumn.HOURS_PER_WEEK;
import static clinic.cadence.roster.CapacityColumn.LOCATION;
import static clinic.cadence.roster.CapacityColumn.THERAPIST;

import clinic.cadence.UnusableInputException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the capacity table: one row per therapist and site, with weekly hours or hours per
 * weekday. Capacity is small and a wrong one misleads, so any bad row stops the run.
 */
final class CapacityReader implements RowVisitor {
    /** Hours as written: {@code 37.5}, {@code 37,5} (European decimal comma), {@code 8 h}. */
    private static final Pattern HOURS = Pattern.compile("(\\d{1,4})(?:[.,](\\d{1,6}))?\\s*(?:h|hrs?|hours?)?",
            Pattern.CASE_INSENSITIVE);
    private static final double HOURS_IN_WEEK = 7 * 24;

    private final String source;
    private final List<TherapistCapacity> therapists = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private Header<CapacityColumn> header;
    private int rowsSearched;

    private CapacityReader(String source) {
        this.source = source;
    }

    /** @param source how messages name the input, e.g. "capacity.csv" or "roster.xlsx (sheet Capacity)" */
    static Capacity read(RowSource rows, String source) {
        CapacityReader reader = new CapacityReader(source);
        rows.forEachRow(reader);
        if (reader.header == null) {
            throw reader.fail("no header row naming therapist, location and hours_per_week (or mon ... sun)");
        }
        if (reader.therapists.isEmpty()) {
            throw reader.fail("no therapist rows below the header (row " + reader.header.row() + ")");
        }
        return new Capacity(reader.therapists);
    }

    @Override
    public void row(int sourceRow, Cells cells) {
        if (cells.isBlank()) {
            return;
        }
        if (header == null) {
            findHeader(sourceRow, cells);
            return;
        }
        String therapist = text(sourceRow, cells, THERAPIST);
        String location = text(sourceRow, cells, LOCATION);
        if (therapist.isEmpty()) {
            throw fail("row " + sourceRow + ": therapist is empty; every capacity row names one therapist");
        }
        if (!seen.add(Names.key(therapist) + "\n" + Names.key(location))) {
            throw fail("row " + sourceRow + ": " + therapist + (location.isEmpty() ? "" : " at " + location)
                    + " has a row already; give one row per therapist and location");
        }
        therapists.add(new TherapistCapacity(therapist, location, weeklyHours(sourceRow, cells)));
    }

    private void findHeader(int sourceRow, Cells cells) {
        header = Header.tryParse(sourceRow, cells, CapacityColumn.class, CapacityColumn::byHeader);
        if (header == null) {
            if (++rowsSearched >= Roster.HEADER_SEARCH_ROWS) {
                throw fail("no header row naming therapist, location and hours_per_week (or mon ... sun) in the first "
                        + Roster.HEADER_SEARCH_ROWS + " rows");
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        for (CapacityColumn column : List.of(THERAPIST, LOCATION)) {
            if (!header.has(column)) {
                missing.add(Header.name(column));
            }
        }
        if (!header.has(HOURS_PER_WEEK) && !hasWeekdays()) {
            missing.add("hours_per_week (or mon ... sun)");
        }
        header.requireUsable(source, missing);
    }

    private boolean hasWeekdays() {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (header.has(CapacityColumn.of(day))) {
                return true;
            }
        }
        return false;
    }

    /** The week's hours; when both the total and the days are given they must agree. */
    private double weeklyHours(int sourceRow, Cells cells) {
        Double total = hours(sourceRow, cells, HOURS_PER_WEEK, HOURS_IN_WEEK);
        Double days = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            Double hours = hours(sourceRow, cells, CapacityColumn.of(day), 24);
            if (hours != null) {
                days = (days == null ? 0 : days) + hours;
            }
        }
        if (total == null && days == null) {
            throw fail("row " + sourceRow + ": no hours; give hours_per_week or hours for mon ... sun");
        }
        if (total != null && days != null && Math.abs(total - days) > 0.01) {
            throw fail("row " + sourceRow + ": hours_per_week '" + format(total) + "' does not match the weekday hours, which add up to "
                    + format(days) + "; correct one of them");
        }
        return total != null ? total : days;
    }

    private Double hours(int sourceRow, Cells cells, CapacityColumn column, double most) {
        String text = text(sourceRow, cells, column);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = HOURS.matcher(text);
        if (m.matches()) {
            double hours = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
            if (hours <= most) {
                return hours;
            }
        }
        throw fail("row " + sourceRow + ", " + Header.name(column) + " '" + text + "': expected hours from 0 to "
                + format(most));
    }

    private String text(int sourceRow, Cells cells, CapacityColumn column) {
        CellKind kind = header.kind(cells, column);
        if (kind == CellKind.FORMULA_WITHOUT_VALUE || kind == CellKind.ERROR) {
            throw fail("row " + sourceRow + ", " + Header.name(column) + ": the cell has no saved value; "
                    + "open and save the file in Excel");
        }
        return header.text(cells, column);
    }

    private static String format(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    private UnusableInputException fail(String problem) {
        return new UnusableInputException(source + ": " + problem);
    }
}
