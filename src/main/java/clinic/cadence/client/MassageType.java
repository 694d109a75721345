package clinic.cadence.client;

import java.util.Locale;

/** The kind of massage the client receives. */
public enum MassageType {
    SWEDISH(Intensity.LIGHT),
    RELAXATION(Intensity.LIGHT),
    HOT_STONE(Intensity.LIGHT),
    SPORTS(Intensity.MODERATE),
    MYOFASCIAL(Intensity.MODERATE),
    THERAPEUTIC(Intensity.MODERATE),
    OTHER(Intensity.MODERATE),
    DEEP_TISSUE(Intensity.DEEP),
    TRIGGER_POINT(Intensity.DEEP);

    private final Intensity intensity;

    MassageType(Intensity intensity) {
        this.intensity = intensity;
    }

    public Intensity intensity() {
        return intensity;
    }

    /** Computed once: labels are written for every client and session of a large roster. */
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
