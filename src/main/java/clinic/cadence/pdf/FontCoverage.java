package clinic.cadence.pdf;

import clinic.cadence.client.Client;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which characters of a client's roster text (name, client number, therapist) or of the clinic's
 * settings no font of the plan can draw. The plan shows {@link Scripts#REPLACEMENT} in their
 * place, so the client is still named; the run says which clients and characters, so nobody
 * sends a plan with a hole in a name without knowing it.
 */
public final class FontCoverage {
    private static final Scripts SCRIPTS = new Scripts(FontBook.get());

    private FontCoverage() {
    }

    /** The characters of the client's text on the plan that no font has, in code point order; usually none. */
    public static SortedSet<Integer> missing(Client client) {
        return missing(List.of(client.displayName(), client.id(), client.therapist()));
    }

    /** The characters of these texts that no font has, in code point order. */
    public static SortedSet<Integer> missing(Collection<String> texts) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (String text : texts) {
            // Control characters never reach the plan (see Typefaces#lettering): nothing to draw.
            String drawn = text.codePoints().filter(cp -> !Character.isISOControl(cp))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            missing.addAll(SCRIPTS.missing(drawn));
        }
        return missing;
    }

    /** The characters as people and support staff can name them: {@code 'ꙮ' U+A66E, '𓀀' U+13000}. */
    public static String describe(SortedSet<Integer> codePoints) {
        return codePoints.stream()
                .map(cp -> (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? ""
                        : "'" + Character.toString(cp) + "' ") + String.format(Locale.ROOT, "U+%04X", cp))
                .collect(Collectors.joining(", "));
    }

    /** What a plan shows in place of such a character. */
    public static String replacement() {
        return Character.toString(Scripts.REPLACEMENT);
    }
}
