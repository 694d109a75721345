package clinic.cadence.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written as text, as people and exports write them: ISO {@code 2026-11-23} and
 * {@code 2026/11/23}; slash {@code d/m/y} or {@code m/d/y}; dotted {@code d.m.y}; with the month
 * in words ({@code 10 Nov 2026}, {@code Nov 23, 2026}, {@code 23 November 2026},
 * {@code 23-Nov-26}). A two-digit year is the year ending so that is closest before the year
 * after the plan date ({@code 26} is 2026 and {@code 99} is 1999 for a plan in 2026). A slash date
 * that reads as two different real dates is never guessed: the file's own unambiguous slash dates
 * decide the order ({@link Evidence}), or {@code --date-order}, or it is rejected.
 */
final class DateText {
    static final String EXPECTED = "a date like 2026-11-23";
    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:\\s*[AaPp][Mm])?)?";
    private static final String YEAR = "(\\d{4}|\\d{2})";
    private static final String WEEKDAY = "(?:[A-Za-z]{3,9}\\.?,?\\s+)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME);
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/" + YEAR + TIME);
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[.-](\\d{1,2})[.-]" + YEAR + TIME);
    private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY
            + "(\\d{1,2})(?:st|nd|rd|th)?[\\s./-]*([A-Za-z]{3,9})\\.?,?[\\s./-]*" + YEAR + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY
            + "([A-Za-z]{3,9})\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+" + YEAR + TIME, Pattern.CASE_INSENSITIVE);
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTHS.put(full, month);
            MONTHS.put(full.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private final DateOrder order;
    private final int latestYear;
    private final Memo<Result> memo = new Memo<>(this::read);

    /**
     * @param order how to read slash dates that read both ways; null: reject them
     * @param asOf  the plan date, around which two-digit years are read; null: this year
     */
    DateText(DateOrder order, LocalDate asOf) {
        this.order = order;
        this.latestYear = (asOf == null ? LocalDate.now() : asOf).getYear() + 1;
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

    /** Rosters repeat the same few hundred dates; each distinct text is read once. */
    Result parse(String text) {
        return memo.get(text);
    }

    private Result read(String text) {
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return real(m.group(1), m.group(2), m.group(3));
        }
        m = SLASH.matcher(text);
        if (m.matches()) {
            return slash(text, m.group(1), m.group(2), year(m.group(3)));
        }
        m = DOTTED.matcher(text);
        if (m.matches()) {
            return real(year(m.group(3)), m.group(2), m.group(1));
        }
        m = DAY_MONTH.matcher(text);
        if (m.matches() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
            return worded(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_DAY.matcher(text);
        if (m.matches() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
            return worded(m.group(3), m.group(1), m.group(2));
        }
        return Result.expected(EXPECTED + " (or 23/11/2026, 23.11.2026, 23 Nov 2026)");
    }

    private Result worded(String year, String month, String day) {
        int monthNumber = MONTHS.get(month.toLowerCase(Locale.ROOT)).getValue();
        return real(year(year), Integer.toString(monthNumber), day);
    }

    /** A two-digit year is the latest year ending so, not after the year after the plan date. */
    private String year(String digits) {
        if (digits.length() == 4) {
            return digits;
        }
        int year = latestYear - Math.floorMod(latestYear - Integer.parseInt(digits), 100);
        return Integer.toString(year);
    }

    private Result slash(String text, String first, String second, String year) {
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

    /** Which order a slash date proves, if any: {@code 23/11/2026} can only be day first. */
    static DateOrder proves(String text) {
        Matcher m = SLASH.matcher(text);
        if (!m.matches()) {
            return null;
        }
        // Only a real date proves anything: 31/02/2026 is a mistake, not a day-first date.
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 4 ? m.group(3) : "2000";
        if (first > 12 && date(year, m.group(2), m.group(1)) != null) {
            return DateOrder.DMY;
        }
        if (second > 12 && date(year, m.group(1), m.group(2)) != null) {
            return DateOrder.MDY;
        }
        return null;
    }

    private static Result real(String year, String month, String day) {
        LocalDate date = date(year, month, day);
        return date != null ? Result.of(date) : Result.expected(EXPECTED + " that exists in the calendar");
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String spoken(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * A file's own proof of its slash-date order, gathered over its date columns in the first
     * pass: a date only one order can read ({@code 11/20/2026}) shows the order of the rest.
     */
    static final class Evidence {
        private String dmy;
        private String mdy;

        void see(String text, int row) {
            DateOrder proven = proves(text);
            if (proven == DateOrder.DMY && dmy == null) {
                dmy = "'" + text + "' (row " + row + ")";
            } else if (proven == DateOrder.MDY && mdy == null) {
                mdy = "'" + text + "' (row " + row + ")";
            }
        }

        /** The order the file proves, or null when it proves none or contradicts itself. */
        DateOrder order() {
            if (dmy != null && mdy == null) {
                return DateOrder.DMY;
            }
            return mdy != null && dmy == null ? DateOrder.MDY : null;
        }

        /** The line saying what was decided and why; null when there was nothing to decide. */
        String note() {
            if (dmy != null && mdy != null) {
                return "slash dates disagree: " + dmy + " is day first, " + mdy + " month first; a slash date "
                        + "that reads both ways is rejected (--date-order dmy or mdy says which)";
            }
            if (dmy != null) {
                return "slash dates read day first (d/m/y): " + dmy + " can only be read that way "
                        + "(--date-order mdy says otherwise)";
            }
            if (mdy != null) {
                return "slash dates read month first (m/d/y): " + mdy + " can only be read that way "
                        + "(--date-order dmy says otherwise)";
            }
            return null;
        }
    }
}
