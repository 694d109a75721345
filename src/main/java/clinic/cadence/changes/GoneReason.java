package clinic.cadence.changes;

/** Why a client planned in the earlier run is not planned in this one. */
public enum GoneReason {
    NOT_IN_ROSTER("not in the roster any more"),
    PAUSED("paused in the roster"),
    DISCHARGED("discharged in the roster"),
    REJECTED("the roster row was rejected: see rejected.csv");

    private final String words;

    GoneReason(String words) {
        this.words = words;
    }

    /** As changes.csv writes it. */
    public String words() {
        return words;
    }
}
