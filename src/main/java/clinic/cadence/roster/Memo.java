package clinic.cadence.roster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a cell's text was read as. Rosters repeat the same few words in a column
 * ("acute", "Mon-Fri") across a million rows, so reading each distinct text once keeps per-row
 * work cheap. Bounded, so a roster of all-different texts costs no more memory than a small map.
 *
 * @param <V> what the text is read as; null results are remembered too
 */
final class Memo<V> {
    private static final int MAX_ENTRIES = 4096;
    private static final Object NONE = new Object();

    private final Map<String, Object> seen = new ConcurrentHashMap<>();
    private final Function<String, V> read;

    Memo(Function<String, V> read) {
        this.read = read;
    }

    @SuppressWarnings("unchecked")
    V get(String text) {
        Object known = seen.get(text);
        if (known == null) {
            V value = read.apply(text);
            if (seen.size() < MAX_ENTRIES) {
                seen.put(text, value == null ? NONE : value);
            }
            return value;
        }
        return known == NONE ? null : (V) known;
    }
}
