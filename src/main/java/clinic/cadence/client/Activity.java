package clinic.cadence.client;

import java.util.Locale;

/** The client's daily physical demands (R7). */
public enum Activity {
    SEDENTARY, MODERATE, STRENUOUS, ATHLETE;

    /** Computed once: labels are written for every client and session of a large roster. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
