package clinic.cadence.roster;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one rule by which Cadence decides that two spellings name the same thing: a roster header
 * and a column, two therapists, two sites, a capacity row and a roster's therapist. Case,
 * accents, spaces (any Unicode space) and {@code _ - .} do not count: {@code Maya Okafor},
 * {@code maya okafor} and {@code MAYA  OKAFOR} are one therapist; {@code Zoë}, {@code Zoe} one
 * name; {@code Client_ID} and {@code client id} one header.
 *
 * <p>An instance remembers the first spelling of each name it is given (or the spellings it is
 * seeded with, e.g. the capacity file's), so a sheet shows every therapist once, spelt one way.
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final Map<String, String> spellings = new HashMap<>();
    /** Spellings already seen, as written: a roster repeats each name on many rows. */
    private final Map<String, String> seen = new HashMap<>();

    /** @param preferred spellings that win over any later one with the same key (e.g. the capacity file's) */
    public Names(Iterable<String> preferred) {
        preferred.forEach(this::spelling);
    }

    /** The key two names share exactly when they are the same name. */
    public static String key(String text) {
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        String decomposed = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '_' || c == '-' || c == '.' || CellText.isSpace(c)) {
                continue;
            }
            key.append(c);
        }
        String bare = ascii ? key.toString() : MARKS.matcher(key).replaceAll("");
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Whether two texts name the same thing. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The spelling this name is shown with: the first one seen with its key; "" stays "". */
    public String spelling(String name) {
        if (name.isEmpty()) {
            return name;
        }
        String known = seen.get(name);
        if (known != null) {
            return known;
        }
        String spelling = spellings.computeIfAbsent(key(name), k -> name);
        if (seen.size() < 100_000) {
            seen.put(name, spelling);
        }
        return spelling;
    }
}
