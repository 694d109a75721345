package clinic.cadence.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written as text: ISO {@code 2026-11-23}, slash {@code d/m/y} or {@code m/d/y}, dotted
 * {@code d.m.y}, always with four-digit years. A slash date that reads as two different real
 * dates is never guessed: it needs {@code --date-order} or an ISO date.
 */
final class DateText {
    static final String EXPECTED = "a date like 2026-11-23";
    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME);
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}" + TIME);

    private DateText() {
    }

    /** The date, or what was expected instead. */
    record Result(LocalDate date, String expected) {
        static Result of(LocalDate date) {
            return new Result(date, null);
        }

        static Result expected(String expected) {
            return new Result(null, expected);
        }
    }

    /** Rosters repeat the same few hundred dates; each distinct text is read once per order. */
    private static final Map<DateOrder, Memo<Result>> BY_ORDER = new EnumMap<>(DateOrder.class);
    private static final Memo<Result> WITHOUT_ORDER = new Memo<>(text -> read(text, null));

    static {
        for (DateOrder order : DateOrder.values()) {
            BY_ORDER.put(order, new Memo<>(text -> read(text, order)));
        }
    }

    static Result parse(String text, DateOrder order) {
        return (order == null ? WITHOUT_ORDER : BY_ORDER.get(order)).get(text);
    }

    private static Result read(String text, DateOrder order) {
        // Look at the separator first so that a row's dates cost one pattern match, not three.
        if (text.indexOf('/') > 0) {
            Matcher m = SLASH.matcher(text);
            if (m.matches()) {
                return slash(text, m.group(1), m.group(2), m.group(3), order);
            }
        } else if (text.indexOf('-') == 4) {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return real(m.group(1), m.group(2), m.group(3));
            }
        } else {
            Matcher m = DOTTED.matcher(text);
            if (m.matches()) {
                return real(m.group(3), m.group(2), m.group(1));
            }
        }
        if (SHORT_YEAR.matcher(text).matches()) {
            return Result.expected(EXPECTED + " with a four-digit year (two-digit years are not guessed)");
        }
        return Result.expected(EXPECTED + " (or 23/11/2026, 23.11.2026)");
    }

    private static Result slash(String text, String first, String second, String year, DateOrder order) {
        if (order == DateOrder.DMY) {
            return real(year, second, first);
        }
        if (order == DateOrder.MDY) {
            return real(year, first, second);
        }
        LocalDate dayFirst = date(year, second, first);
        LocalDate monthFirst = date(year, first, second);
        if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
            return Result.expected(EXPECTED + "; " + text + " could be " + spoken(dayFirst) + " or "
                    + spoken(monthFirst) + ": use --date-order dmy or mdy, or write it as " + dayFirst
                    + " or " + monthFirst);
        }
        if (dayFirst != null) {
            return Result.of(dayFirst);
        }
        return monthFirst != null ? Result.of(monthFirst) : Result.expected(EXPECTED + " that exists in the calendar");
    }

    private static Result real(String year, String month, String day) {
        LocalDate date = date(year, month, day);
        return date != null ? Result.of(date) : Result.expected(EXPECTED + " that exists in the calendar");
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String spoken(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
