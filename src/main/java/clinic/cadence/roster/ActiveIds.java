package clinic.cadence.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client ids of the active rows, from the first pass: all the reader keeps of a roster.
 * Only ids used by more than one active row remember all their rows, to name them.
 */
final class ActiveIds {
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final Map<String, List<Integer>> shared = new HashMap<>();

    void add(String id, int row) {
        Integer first = firstRow.putIfAbsent(id, row);
        if (first != null) {
            shared.computeIfAbsent(id, k -> new ArrayList<>(List.of(first))).add(row);
        }
    }

    /** The rows using this id when more than one active row does, else null. */
    List<Integer> rowsSharing(String id) {
        return shared.get(id);
    }
}
