package clinic.cadence.roster;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The days a client can come, as people write them: {@code Mon}, {@code Monday}, {@code Fridays},
 * ranges {@code Mon-Fri}, {@code Weekdays}, {@code Weekends}, {@code M/W/F}, {@code Tu/Th},
 * {@code Tue and Thu only}, separated by , ; / & + or spaces; {@code any} is every day. A lone
 * {@code T} or {@code S} (Tuesday or Thursday? Saturday or Sunday?) is not guessed.
 */
final class Weekdays {
    static final String EXPECTED = "weekdays like Mon, Tuesday, Mon-Fri, Weekdays or M/W/F, separated by commas";
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*(?:[-\u2013\u2014]|\\bto\\b|\\bthrough\\b|\\bthru\\b)\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("(?:[,;/&+|\\s]|\\band\\b|\\bor\\b|\\bonly\\b)+");
    private static final Set<DayOfWeek> WORKING_WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Set<String> ANY = Set.of("any", "anyday", "anytime", "every", "everyday", "daily", "all",
            "alldays", "flexible");
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();
    private static final Memo<Set<DayOfWeek>> BY_TEXT = new Memo<>(Weekdays::read);

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            DAYS.put(full, day);
            DAYS.put(full.substring(0, 3), day);
            DAYS.put(full.substring(0, 2), day); // mo tu we th fr sa su
        }
        DAYS.put("tues", DayOfWeek.TUESDAY);
        DAYS.put("weds", DayOfWeek.WEDNESDAY);
        DAYS.put("thur", DayOfWeek.THURSDAY);
        DAYS.put("thurs", DayOfWeek.THURSDAY);
        DAYS.put("m", DayOfWeek.MONDAY);
        DAYS.put("w", DayOfWeek.WEDNESDAY);
        DAYS.put("f", DayOfWeek.FRIDAY);
    }

    private Weekdays() {
    }

    /** The days named, or null when any part is not a weekday or range. */
    static Set<DayOfWeek> parse(String text) {
        return BY_TEXT.get(text);
    }

    private static Set<DayOfWeek> read(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace(".", "").strip();
        if (ANY.contains(Keys.of(lower))) {
            return Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));
        }
        String normal = RANGE_DASH.matcher(lower).replaceAll("-");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : SEPARATORS.split(normal)) {
            if (!part.isEmpty() && !addPart(part, days)) {
                return null;
            }
        }
        return days.isEmpty() ? null : Collections.unmodifiableSet(days);
    }

    private static boolean addPart(String part, Set<DayOfWeek> days) {
        switch (part) {
            case "weekday", "weekdays", "workday", "workdays" -> {
                days.addAll(WORKING_WEEK);
                return true;
            }
            case "weekend", "weekends" -> {
                days.addAll(WEEKEND);
                return true;
            }
            default -> {
            }
        }
        int dash = part.indexOf('-');
        if (dash < 0) {
            DayOfWeek day = day(part);
            if (day == null) {
                return false;
            }
            days.add(day);
            return true;
        }
        DayOfWeek from = day(part.substring(0, dash));
        DayOfWeek to = day(part.substring(dash + 1));
        if (from == null || to == null) {
            return false;
        }
        // A range runs forward through the week: Fri-Mon is Friday to Monday.
        for (DayOfWeek day = from; ; day = day.plus(1)) {
            days.add(day);
            if (day == to) {
                return true;
            }
        }
    }

    /** A day's name, short name or plural ("fridays"). */
    private static DayOfWeek day(String word) {
        DayOfWeek day = DAYS.get(word);
        if (day == null && word.length() > 3 && word.endsWith("s")) {
            day = DAYS.get(word.substring(0, word.length() - 1));
        }
        return day;
    }
}
