package clinic.cadence.client;

import java.util.Locale;

/** The client's stress level (R7). */
public enum StressLevel {
    LOW, MODERATE, HIGH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
