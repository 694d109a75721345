package clinic.cadence.words;

import clinic.cadence.plan.Count;
import clinic.cadence.plan.Weekdays;
import com.ibm.icu.text.MessagePattern;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A record's components as a message's named values, by type, so the catalogue words every kind of
 * value one way: a {@link Count} as its unit message ({@code weeks} = "3 weeks") with the bare
 * number beside it ({@code weeksCount} = 3, for plurals); an enum as its code for selects
 * ({@code band} = "moderate") and its word in the catalogue ({@code bandWord}); a date as the
 * catalogue's date; weekdays as a list of day names; a boolean as "true" or "false".
 */
final class Arguments {
    private Arguments() {
    }

    /** Every value name a pattern uses, nested ones (inside plural and select) too. */
    static Set<String> names(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    static Map<String, Object> of(Record facts, Wording words) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (RecordComponent c : facts.getClass().getRecordComponents()) {
            try {
                put(args, c.getName(), c.getAccessor().invoke(facts), words);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
        return args;
    }

    /** Puts {@code value} under {@code name}, and its number or word beside it, as the class comment says. */
    static void put(Map<String, Object> args, String name, Object value, Wording words) {
        if (value instanceof Count count) {
            args.put(name, words.count(count));
            args.put(name + "Count", count.n());
        } else if (value instanceof Enum<?> e) {
            String code = code(e);
            args.put(name, code);
            words.word(e).ifPresent(word -> args.put(name + "Word", word));
        } else if (value instanceof LocalDate date) {
            args.put(name, words.date(date));
        } else if (value instanceof Weekdays days) {
            args.put(name, words.days(days));
        } else if (value instanceof Boolean b) {
            args.put(name, b.toString());
        } else {
            args.put(name, value == null ? "" : value);
        }
    }

    /** The names {@link #put} makes for a value of this type under {@code name}. */
    static Set<String> namesFor(String name, Class<?> type) {
        if (type == Count.class) {
            return Set.of(name, name + "Count");
        }
        if (type.isEnum()) {
            return Set.of(name, name + "Word");
        }
        return Set.of(name);
    }

    /** An enum constant as the catalogue writes it: {@code DEEP_TISSUE} is {@code deep_tissue}. */
    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The catalogue's key prefix for an enum's words: {@code MassageType} is {@code massageType}. */
    static String prefix(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
