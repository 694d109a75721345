package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The active ids answer exactly as a plain map from id to its rows would: the rows sharing an id
 * when more than one active row uses it (in the order added), else null. Ids are the same exactly
 * when {@link String#equals} says so: case, accents, composed or not, hash collisions all count.
 */
class ActiveIdsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one row: not shared", List.of("A27"), "A27", null),
                Arguments.of("two rows: both named", List.of("A27", "B3", "A27"), "A27", List.of(1, 3)),
                Arguments.of("the other id of the two stays unshared", List.of("A27", "B3", "A27"), "B3", null),
                Arguments.of("an id never added", List.of("A27", "A27"), "A28", null),
                Arguments.of("case differs: different ids", List.of("dup", "DUP"), "dup", null),
                Arguments.of("a prefix is another id", List.of("C1", "C12", "C1"), "C12", null),
                Arguments.of("same String hash, different ids", List.of("Aa", "BB"), "BB", null),
                Arguments.of("same String hash, same id", List.of("Aa", "BB", "BB"), "BB", List.of(2, 3)),
                Arguments.of("composed é is not e + accent", List.of("Zo\u00eb", "Zoe\u0308"), "Zo\u00eb", null),
                Arguments.of("non-ASCII id shared", List.of("Núñez-Ø1", "x", "Núñez-Ø1"), "Núñez-Ø1", List.of(1, 3)),
                Arguments.of("surrogate pair id shared", List.of("\uD83D\uDE00", "\uD83D\uDE00"), "\uD83D\uDE00",
                        List.of(1, 2)),
                Arguments.of("lone surrogates stay apart", List.of("\uD800", "\uDBFF"), "\uD800", null),
                Arguments.of("six rows: all named in order", List.of("P", "P", "q", "P", "P", "P", "P"), "P",
                        List.of(1, 2, 4, 5, 6, 7)));
    }

    /** Adds the ids as rows 1, 2, 3, ... and asks for one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rowsSharingAnId(String name, List<String> ids, String asked, List<Integer> expected) {
        ActiveIds active = new ActiveIds();
        for (int i = 0; i < ids.size(); i++) {
            active.add(ids.get(i), i + 1);
        }
        assertEquals(expected, active.rowsSharing(asked));
    }

    /** 100,000 ids outgrow the first table ~13 times; every 1,000th is used again further down. */
    @Test
    void agreesWithAMapThroughManyResizes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(String.format("%07d", i));
            if (i % 1000 == 999) {
                ids.add(String.format("%07d", i - 500));
            }
        }
        assertAgreesWithModel(ids, Set.of("0100000", "", "0000499 "));
    }

    @Property(tries = 300)
    void agreesWithAMapOnAnySequence(@ForAll("sequences") List<String> ids, @ForAll("ids") String other) {
        assertAgreesWithModel(ids, Set.of(other));
    }

    @Property(tries = 30)
    void agreesWithAMapOnLongSequences(@ForAll("longSequences") List<String> ids) {
        assertAgreesWithModel(ids, Set.of());
    }

    /** Ids drawn from a small pool, so many repeat. */
    @Provide
    Arbitrary<List<String>> sequences() {
        return ids().set().ofMinSize(1).ofMaxSize(40)
                .flatMap(pool -> Arbitraries.of(List.copyOf(pool)).list().ofMaxSize(300));
    }

    /** Thousands of ids, most distinct: the table and the character store grow several times. */
    @Provide
    Arbitrary<List<String>> longSequences() {
        return ids().list().ofMinSize(1000).ofMaxSize(5000);
    }

    /** Short and long, ASCII and not, lone surrogates, and ids built to share one String hash. */
    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> sameHash = Arbitraries.of("Aa", "BB").list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aA0 -").ofMaxLength(3),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u00c0', '\u017f').withChars("\uD83D\uDE00").ofMaxLength(5),
                Arbitraries.strings().all().ofMaxLength(4),
                Arbitraries.strings().numeric().ofMaxLength(40),
                sameHash);
    }

    /**
     * Adds the ids as rows 2, 3, ... and checks every id added, and the others, against a map;
     * then adds each of them once more (an id the set lost would now look unshared) and checks again.
     */
    private static void assertAgreesWithModel(List<String> ids, Set<String> others) {
        ActiveIds active = new ActiveIds();
        Map<String, List<Integer>> model = new HashMap<>();
        Set<String> asked = new LinkedHashSet<>(ids);
        asked.addAll(others);
        List<String> again = new ArrayList<>(ids);
        again.addAll(asked);
        for (int i = 0; i < again.size(); i++) {
            if (i == ids.size()) {
                assertSameRows(model, active, asked);
            }
            active.add(again.get(i), i + 2);
            model.computeIfAbsent(again.get(i), id -> new ArrayList<>()).add(i + 2);
        }
        assertSameRows(model, active, asked);
    }

    private static void assertSameRows(Map<String, List<Integer>> model, ActiveIds active, Set<String> asked) {
        for (String id : asked) {
            List<Integer> rows = model.get(id);
            assertEquals(rows == null || rows.size() < 2 ? null : rows, active.rowsSharing(id), "id '" + id + "'");
        }
    }
}
