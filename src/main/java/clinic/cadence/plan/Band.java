package clinic.cadence.plan;

import java.util.Locale;

/** Pain severity band on the 0-10 scale (R1). */
public enum Band {
    NONE, MILD, MODERATE, SEVERE;

    /** 0 none, 1-3 mild, 4-6 moderate, 7-10 severe. */
    public static Band of(int pain) {
        if (pain <= 0) {
            return NONE;
        }
        if (pain <= 3) {
            return MILD;
        }
        return pain <= 6 ? MODERATE : SEVERE;
    }

    /** Computed once: labels are written for every client and session of a large roster. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
