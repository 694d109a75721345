package clinic.cadence.client;

/** Why the client comes in, in the roster's words. */
public enum Condition {
    /** New onset of back pain. */
    ACUTE,
    /** A recent injury. */
    INJURY,
    /** A flare-up of a chronic condition. */
    FLARE,
    /** Chronic or recurring, stable now. */
    CHRONIC,
    /** Prevention, no current pain. */
    WELLNESS;

    /** Acute-type episodes start intensive and taper off; the others are maintenance from the start. */
    public boolean isEpisode() {
        return this == ACUTE || this == INJURY || this == FLARE;
    }

    /** Computed once: labels are written for every client and session of a large roster. */
    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    public String label() {
        return label;
    }
}
