package clinic.cadence.changes;

import java.util.List;

/**
 * One client's change since the earlier run.
 *
 * @param what for CHANGED, each difference in words ("therapist Sofia Núñez (was Maya Okafor)"); else empty
 */
public record Change(ChangeKind kind, List<String> what) {
    public static final Change NEW = new Change(ChangeKind.NEW, List.of());
    public static final Change UNCHANGED = new Change(ChangeKind.UNCHANGED, List.of());
    public static final Change GONE = new Change(ChangeKind.GONE, List.of());

    public Change {
        what = List.copyOf(what);
    }

    /** The differences in one line, "; " between them. */
    public String words() {
        return String.join("; ", what);
    }

    /** Whether the client needs this week's plan: it is new or it changed. */
    public boolean needsPlan() {
        return kind == ChangeKind.NEW || kind == ChangeKind.CHANGED;
    }
}
