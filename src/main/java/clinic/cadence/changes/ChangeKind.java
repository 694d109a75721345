package clinic.cadence.changes;

import java.util.Locale;

/** How a client's plan stands against the run it is compared with. */
public enum ChangeKind {
    /** Not planned in the earlier run. */
    NEW,
    /** Planned in both, and what both plans cover differs. */
    CHANGED,
    /** Planned in both, the same over what both cover. */
    UNCHANGED,
    /** Planned in the earlier run, not in this one (discharged, paused, rejected or removed). */
    GONE;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** As the files write it: {@code new}, {@code changed}, {@code unchanged}, {@code gone}. */
    public String label() {
        return label;
    }
}
