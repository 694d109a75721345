package clinic.cadence.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The days a clinic is closed, as it writes them: recurring dates that hold every year
 * ({@code 12-25}), one-off dates ({@code 2027-04-02}) and ranges of either
 * ({@code 2026-12-24..2026-12-31}, {@code 12-24..01-02}). Recurring dates never lapse, so the
 * built-in holidays hold in any year.
 */
public final class ClosedDates {
    /** Years over which recurring dates are laid out for placement: far beyond any roster's dates. */
    private static final int FIRST_YEAR = 1950;
    private static final int LAST_YEAR = 2200;
    public static final ClosedDates NONE = new ClosedDates(List.of());

    /** One entry as written: {@code from..to} (equal for a single day); years absent when recurring. */
    private record Entry(String text, MonthDay fromDay, MonthDay toDay, LocalDate from, LocalDate to) {
        boolean recurring() {
            return from == null;
        }

        boolean contains(LocalDate date) {
            if (!recurring()) {
                return !date.isBefore(from) && !date.isAfter(to);
            }
            MonthDay day = MonthDay.from(date);
            // A recurring range may run over the new year (12-24..01-02).
            return fromDay.isAfter(toDay) ? !day.isBefore(fromDay) || !day.isAfter(toDay)
                    : !day.isBefore(fromDay) && !day.isAfter(toDay);
        }
    }

    private final List<Entry> entries;

    private ClosedDates(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** One-off dates only (what older code and tests give). */
    public static ClosedDates of(Set<LocalDate> dates) {
        List<Entry> entries = new ArrayList<>();
        for (LocalDate date : new TreeSet<>(dates)) {
            entries.add(new Entry(date.toString(), null, null, date, date));
        }
        return new ClosedDates(entries);
    }

    /**
     * Reads the settings' {@code closed_dates} value: entries separated by commas, semicolons or spaces.
     *
     * @throws IllegalArgumentException with the entry that is not a date, for the settings' message
     */
    public static ClosedDates parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String part : text.replaceAll("\\s*\\.\\.\\s*", "..").split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                entries.add(entry(part));
            }
        }
        return new ClosedDates(entries);
    }

    private static Entry entry(String part) {
        String[] ends = part.split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException(part);
        }
        String first = ends[0];
        String last = ends.length == 2 ? ends[1] : ends[0];
        try {
            if (isMonthDay(first) && isMonthDay(last)) {
                return new Entry(part, MonthDay.parse("--" + first), MonthDay.parse("--" + last), null, null);
            }
            LocalDate from = LocalDate.parse(first);
            LocalDate to = LocalDate.parse(last);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(part);
            }
            return new Entry(part, null, null, from, to);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(part, e);
        }
    }

    private static boolean isMonthDay(String text) {
        return text.matches("\\d\\d-\\d\\d");
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean contains(LocalDate date) {
        for (Entry entry : entries) {
            if (entry.contains(date)) {
                return true;
            }
        }
        return false;
    }

    /** The closed days from {@code from} to {@code to}, both included, in date order. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** Every closed day as a sorted epoch day, recurring ones laid out over the years placement can reach. */
    long[] epochDays() {
        TreeSet<Long> days = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.recurring()) {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    if (entry.fromDay().equals(entry.toDay()) && !entry.fromDay().isValidYear(year)) {
                        continue; // 02-29 closes leap years only
                    }
                    LocalDate from = entry.fromDay().atYear(year);
                    LocalDate to = entry.toDay().atYear(entry.fromDay().isAfter(entry.toDay()) ? year + 1 : year);
                    addRange(days, from, to);
                }
            } else {
                addRange(days, entry.from(), entry.to());
            }
        }
        return days.stream().mapToLong(Long::longValue).toArray();
    }

    private static void addRange(TreeSet<Long> days, LocalDate from, LocalDate to) {
        for (long day = from.toEpochDay(); day <= to.toEpochDay(); day++) {
            days.add(day);
        }
    }

    /** The value as the clinic wrote it, normalised: entries separated by ", ". */
    @Override
    public String toString() {
        return entries.stream().map(Entry::text).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClosedDates that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
