package clinic.cadence.plan;

import java.util.Locale;

/** Where a client is in their care (R2). Written in lower case in every file. */
public enum Phase {
    INTENSIVE, TAPER, MAINTENANCE, REVIEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
