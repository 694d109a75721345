package clinic.cadence.client;

import java.util.Locale;

/** The client's daily physical demands (R7). */
public enum Activity {
    SEDENTARY, MODERATE, STRENUOUS, ATHLETE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
