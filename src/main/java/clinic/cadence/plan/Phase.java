package clinic.cadence.plan;

import java.util.Locale;

/** Where a client is in their care (R2). Written in lower case in every file. */
public enum Phase {
    INTENSIVE, TAPER, MAINTENANCE, REVIEW;

    /** Computed once: labels are written for every client and session of a large roster. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
