package clinic.cadence.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row's values by column, read the roster's way, collecting one problem per broken
 * column. Patterns are compiled once: a million rows must read in seconds.
 */
final class RowValues {
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,9})(?:\\.0*)?\\s*(?:m|min|mins|minutes?)?\\.?",
            Pattern.CASE_INSENSITIVE);
    /** {@code 1 hr}, {@code 1.5 hours}, {@code 1h30}, {@code 1 hr 15 min}. */
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,2})(?:[.,](\\d{1,2}))?\\s*(?:h|hr|hrs|hour|hours)\\.?(?:\\s*(\\d{1,2})\\s*(?:m|min|mins|minutes?)?\\.?)?",
            Pattern.CASE_INSENSITIVE);
    /** A score out of ten as people write it: {@code 7/10}, {@code 7 / 10}, {@code 7 out of 10}. */
    private static final Pattern OUT_OF_TEN = Pattern.compile("(.+?)\\s*(?:/|out of)\\s*10", Pattern.CASE_INSENSITIVE);
    private static final int MAX_VALUE_SHOWN = 200;
    private static final Set<Integer> SESSION_LENGTHS = Set.of(30, 45, 60, 75, 90, 120);

    private final Header<Column> header;
    private final Cells cells;
    private final RosterOptions options;
    private final DateText dates;
    private final List<Problem> problems = new ArrayList<>(2);
    private long broken;

    RowValues(Header<Column> header, Cells cells, RosterOptions options, DateText dates) {
        this.header = header;
        this.cells = cells;
        this.options = options;
        this.dates = dates;
        for (Column column : Column.values()) {
            checkCell(column);
        }
    }

    /** A formula with no saved value, or an Excel error, has no value to read. */
    private void checkCell(Column column) {
        CellKind kind = header.kind(cells, column);
        if (kind == CellKind.FORMULA_WITHOUT_VALUE) {
            broken |= 1L << column.ordinal();
            problems.add(new Problem(column.canonical(), "(formula)",
                    "a saved value: this formula has none; open and save the file in Excel"));
        } else if (kind == CellKind.ERROR) {
            broken |= 1L << column.ordinal();
            problems.add(new Problem(column.canonical(), header.text(cells, column),
                    "a value, not an Excel error; fix the formula"));
        }
    }

    List<Problem> problems() {
        return problems;
    }

    void reject(Column column, String value, String expected) {
        problems.add(new Problem(column.canonical(), shortened(value), expected));
    }

    /** Enough of a runaway value to find it; the reports stay readable. */
    private static String shortened(String value) {
        return value.length() <= MAX_VALUE_SHOWN ? value : value.substring(0, MAX_VALUE_SHOWN) + "...";
    }

    /** The trimmed text; "" for a missing column or a cell without a value. */
    String text(Column column) {
        return isBroken(column) ? "" : header.text(cells, column);
    }

    /** Empty, and not because the cell was broken (that has its problem already). */
    boolean isMissing(Column column) {
        return !isBroken(column) && header.text(cells, column).isEmpty();
    }

    private boolean isBroken(Column column) {
        return (broken & (1L << column.ordinal())) != 0;
    }

    /** The value the word names, {@code otherwise} when empty, null (with a problem) when unknown. */
    <E> E choice(Column column, Vocabulary<E> vocabulary, E otherwise) {
        String text = text(column);
        if (text.isEmpty()) {
            return otherwise;
        }
        E value = vocabulary.of(text);
        if (value == null) {
            reject(column, text, vocabulary.expected());
        }
        return value;
    }

    /** A whole number in range ({@code 6.0} is 6, {@code 6.5} is not), or null. */
    Integer wholeNumber(Column column, int min, int max, String expected) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        int value = wholeNumber(text);
        if (value >= min && value <= max) {
            return value;
        }
        reject(column, text, expected);
        return null;
    }

    /**
     * Digits, optionally followed by a point and zeros ({@code 6}, {@code 6.0}, {@code 6.}); -1 for
     * anything else. Read by hand: it runs several times on every row.
     */
    static int wholeNumber(String text) {
        int i = text.startsWith("+") ? 1 : 0;
        int start = i;
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 && i - start < 9) {
            value = value * 10 + (text.charAt(i++) - '0');
        }
        if (i == start) {
            return -1;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && text.charAt(i) == '0') {
                i++;
            }
        }
        return i == text.length() ? (int) value : -1;
    }

    /** A date not after the plan date, or null. */
    LocalDate pastDate(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        DateText.Result result = dateOf(column, text);
        if (result.date() == null) {
            reject(column, text, result.expected());
            return null;
        }
        if (options.asOf() != null && result.date().isAfter(options.asOf())) {
            reject(column, text, "a date not after the plan date " + options.asOf());
            return null;
        }
        return result.date();
    }

    private DateText.Result dateOf(Column column, String text) {
        switch (header.kind(cells, column)) {
            case DATE:
                return dates.parse(text); // the ISO date of a date cell
            case NUMBER:
                return DateText.Result.expected(DateText.EXPECTED
                        + " (this cell holds a plain number: format the cell as a date in Excel)");
            default:
                return dates.parse(text);
        }
    }

    Set<DayOfWeek> weekdays(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        Set<DayOfWeek> days = Weekdays.parse(text);
        if (days == null) {
            reject(column, text, Weekdays.EXPECTED);
        }
        return days;
    }

    /** Minutes of one session ({@code 90}, {@code 90 mins}, {@code 1.5 hours}, {@code 1h30}); 60 when empty. */
    int sessionMinutes(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return 60;
        }
        int minutes = minutes(text);
        if (SESSION_LENGTHS.contains(minutes)) {
            return minutes;
        }
        reject(column, text, "30, 45, 60, 75, 90 or 120 (minutes; 1 hr and 90 mins are fine)");
        return 60;
    }

    /** -1 when the text is no length of time. */
    static int minutes(String text) {
        Matcher m = MINUTES.matcher(text);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        m = HOURS.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int minutes = Integer.parseInt(m.group(1)) * 60;
        if (m.group(2) != null) {
            // 1.5 hours is 90 minutes; a decimal like 1.25 is a quarter hour more.
            minutes += (int) Math.round(Double.parseDouble("0." + m.group(2)) * 60);
        }
        if (m.group(3) != null) {
            minutes += Integer.parseInt(m.group(3));
        }
        return m.group(2) != null && m.group(3) != null ? -1 : minutes;
    }

    /** A pain score 0-10, as a whole number or out of ten ({@code 7/10}); null when empty. */
    Integer painScore(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = OUT_OF_TEN.matcher(text);
        int value = wholeNumber(m.matches() ? m.group(1) : text);
        if (value >= 0 && value <= 10) {
            return value;
        }
        reject(column, text, "a whole number from 0 to 10 (7 and 7/10 are fine)");
        return null;
    }
}
