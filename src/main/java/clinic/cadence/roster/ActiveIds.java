package clinic.cadence.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client ids of the active rows, from the first pass: all the reader keeps of a roster, so it
 * is kept compact. A {@code HashMap<String, Integer>} costs ~105 bytes an id (the String and its
 * array, the node, the boxed row, the table slot): 100 MB for a million-row roster. Here each id
 * is one entry: its characters appended to one shared char array, its end, hash and first row in
 * int arrays, found again through an open-addressing table of entry numbers (~40 bytes an id).
 * Ids are kept whole, not as fingerprints, so two ids are the same exactly when
 * {@link String#equals} says so, as before; no probability argument needed.
 * Only ids used by more than one active row remember all their rows (few), to name them.
 */
final class ActiveIds {
    private char[] chars = new char[256];
    private int charsUsed;
    private int[] ends = new int[16];
    private int[] hashes = new int[16];
    private int[] firstRows = new int[16];
    private int entries;
    /** Entry number + 1 per slot, 0 when free; a power of two long, at most half full. */
    private int[] slots = new int[32];
    /** All the rows of each id used more than once, by its first row (which names the id). */
    private final Map<Integer, List<Integer>> shared = new HashMap<>();

    void add(String id, int row) {
        int slot = slotOf(id);
        if (slots[slot] != 0) {
            int first = firstRows[slots[slot] - 1];
            shared.computeIfAbsent(first, k -> new ArrayList<>(List.of(first))).add(row);
            return;
        }
        slots[slot] = append(id, row) + 1;
        if (entries * 2 > slots.length) {
            doubleSlots();
        }
    }

    /** The rows using this id when more than one active row does, else null. */
    List<Integer> rowsSharing(String id) {
        int entry = slots[slotOf(id)] - 1;
        return entry < 0 ? null : shared.get(firstRows[entry]);
    }

    /** The slot holding this id, or the free slot where it would go (linear probing). */
    private int slotOf(String id) {
        int hash = id.hashCode();
        int mask = slots.length - 1;
        for (int slot = spread(hash); ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0 || hashes[entry] == hash && holds(entry, id)) {
                return slot;
            }
        }
    }

    /**
     * The first slot to try: the top bits of the hash times the golden ratio. Ids like "0012345"
     * have consecutive String hashes; taken as they are they would fill runs of neighbouring
     * slots, and linear probing slows down in long runs.
     */
    private int spread(int hash) {
        return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(slots.length - 1);
    }

    /** Compared char by char, as {@link String#equals} does, without copying the id. */
    private boolean holds(int entry, String id) {
        int start = entry == 0 ? 0 : ends[entry - 1];
        if (ends[entry] - start != id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (chars[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int append(String id, int row) {
        if (charsUsed + id.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(charsUsed + id.length(), chars.length * 2));
        }
        id.getChars(0, id.length(), chars, charsUsed);
        charsUsed += id.length();
        if (entries == ends.length) {
            ends = Arrays.copyOf(ends, entries * 2);
            hashes = Arrays.copyOf(hashes, entries * 2);
            firstRows = Arrays.copyOf(firstRows, entries * 2);
        }
        ends[entries] = charsUsed;
        hashes[entries] = id.hashCode();
        firstRows[entries] = row;
        return entries++;
    }

    private void doubleSlots() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int entry = 0; entry < entries; entry++) {
            int slot = spread(hashes[entry]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry + 1;
        }
    }
}
