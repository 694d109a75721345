package clinic.cadence.client;

import java.util.Locale;

/** The client's stress level (R7). */
public enum StressLevel {
    LOW, MODERATE, HIGH;

    /** Computed once: labels are written for every client and session of a large roster. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
