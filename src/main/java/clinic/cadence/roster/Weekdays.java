package clinic.cadence.roster;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The days a client can come: {@code Mon}, {@code Monday}, ranges {@code Mon-Fri}, separated by , ; / or spaces. */
final class Weekdays {
    static final String EXPECTED = "weekdays like Mon, Tuesday or Mon-Fri, separated by commas";
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*[-\u2013\u2014]\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[,;/\\s]+");
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();
    private static final Memo<Set<DayOfWeek>> BY_TEXT = new Memo<>(Weekdays::read);

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            DAYS.put(full, day);
            DAYS.put(full.substring(0, 3), day);
        }
        DAYS.put("tues", DayOfWeek.TUESDAY);
        DAYS.put("weds", DayOfWeek.WEDNESDAY);
        DAYS.put("thur", DayOfWeek.THURSDAY);
        DAYS.put("thurs", DayOfWeek.THURSDAY);
    }

    private Weekdays() {
    }

    /** The days named, or null when any part is not a weekday or range. */
    static Set<DayOfWeek> parse(String text) {
        return BY_TEXT.get(text);
    }

    private static Set<DayOfWeek> read(String text) {
        String normal = RANGE_DASH.matcher(text.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll("-");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : SEPARATORS.split(normal.strip())) {
            if (!addPart(part, days)) {
                return null;
            }
        }
        return days.isEmpty() ? null : Collections.unmodifiableSet(days);
    }

    private static boolean addPart(String part, Set<DayOfWeek> days) {
        int dash = part.indexOf('-');
        if (dash < 0) {
            DayOfWeek day = DAYS.get(part);
            if (day == null) {
                return false;
            }
            days.add(day);
            return true;
        }
        DayOfWeek from = DAYS.get(part.substring(0, dash));
        DayOfWeek to = DAYS.get(part.substring(dash + 1));
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
}
