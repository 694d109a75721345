package clinic.cadence.words;

import clinic.cadence.plan.Count;
import clinic.cadence.plan.Finding;
import clinic.cadence.plan.Weekdays;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Says one plan's facts in one language: findings, counts, dates and day names, each through the
 * catalogue's messages, so a clinic can change any of them and every plan says a thing one way.
 */
public final class Wording {
    private final Catalogue catalogue;
    private final Locale locale;
    private final LocalDate asOf;

    /**
     * @param locale the plan's language as resolved (pt-BR), for dates and numbers
     * @param asOf   the plan date: a date in another year is written with its year
     */
    Wording(Catalogue catalogue, Locale locale, LocalDate asOf) {
        this.catalogue = catalogue;
        this.locale = locale;
        this.asOf = asOf;
    }

    public static Wording of(Catalogues catalogues, Locale locale, LocalDate asOf) {
        return new Wording(catalogues.get(locale), locale, asOf);
    }

    public Locale locale() {
        return locale;
    }

    /** One finding, one sentence (or more, as its message has it). */
    public String say(Finding finding) {
        return catalogue.format(finding.key(), Arguments.of((Record) finding, this), locale);
    }

    /** Findings one after the other, as one paragraph. */
    public String say(List<Finding> findings) {
        List<String> sentences = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sentences.add(say(f));
        }
        return String.join(" ", sentences);
    }

    /**
     * The message {@code key} with values given as name, value, name, value... (converted as
     * {@link Arguments} says: counts, enums, dates, days).
     */
    public String text(String key, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Arguments.put(args, (String) namesAndValues[i], namesAndValues[i + 1], this);
        }
        return catalogue.format(key, args, locale);
    }

    /** "3 weeks", "1 session a week": the catalogue's unit message for the count. */
    public String count(Count count) {
        String key = switch (count.unit()) {
            case WEEKS -> "unit.weeks";
            case SESSIONS -> "unit.sessions";
            case DAYS -> "unit.days";
            case PER_WEEK -> "unit.perWeek";
            case EVERY -> "unit.every";
        };
        return catalogue.format(key, Map.of("n", count.n()), locale);
    }

    /** "14 December", with the year when it is not the plan's. */
    public String date(LocalDate date) {
        return dateAs(date.getYear() == asOf.getYear() ? "unit.date" : "unit.dateWithYear", date);
    }

    /** "Monday 14 December", with the year when it is not the plan's. */
    public String weekdayDate(LocalDate date) {
        return dateAs(date.getYear() == asOf.getYear() ? "unit.weekdayDate" : "unit.weekdayDateWithYear", date);
    }

    /** A date through the message {@code key}, whose one value is {@code {date, date, ...}}. */
    public String dateAs(String key, LocalDate date) {
        return catalogue.format(key, Map.of("date", instant(date)), locale);
    }

    /**
     * "Monday, Wednesday and Friday", in the plan's language; three or more days in a row as a
     * range ("Monday to Friday", the catalogue's unit.dayRange).
     */
    public String days(Weekdays days) {
        String[] names = DateFormatSymbols.getInstance(ULocale.forLocale(locale))
                .getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        List<DayOfWeek> list = days.days();
        List<String> parts = new ArrayList<>(7);
        for (int i = 0; i < list.size(); ) {
            int end = i;
            while (end + 1 < list.size() && list.get(end + 1).getValue() == list.get(end).getValue() + 1) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(catalogue.format("unit.dayRange", Map.of("first", name(names, list.get(i)),
                        "last", name(names, list.get(end))), locale));
            } else {
                for (int k = i; k <= end; k++) {
                    parts.add(name(names, list.get(k)));
                }
            }
            i = end + 1;
        }
        return ListFormatter.getInstance(ULocale.forLocale(locale)).format(parts);
    }

    private static String name(String[] icuNames, DayOfWeek day) {
        return icuNames[day.getValue() % 7 + 1]; // ICU counts from Sunday = 1
    }

    /** An enum's word in the catalogue ({@code band.moderate}), if it has one. */
    public Optional<String> word(Enum<?> value) {
        String key = Arguments.prefix(value.getDeclaringClass()) + "." + Arguments.code(value);
        return catalogue.has(key) ? Optional.of(catalogue.format(key, Map.of(), locale)) : Optional.empty();
    }

    /**
     * Noon on the day, in the zone ICU formats in (the JVM's): the same date on every machine,
     * whatever its time zone.
     */
    private static Date instant(LocalDate date) {
        return Date.from(date.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
