package clinic.cadence.plan;

/** Something about a plan that staff or the therapist should know. */
public enum FlagKind {
    THERAPIST_REVIEW("THERAPIST REVIEW"),
    AVAILABILITY_LIMITED("AVAILABILITY-LIMITED"),
    BUDGET_LIMITED("BUDGET-LIMITED");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    /** The name as the spec and the files write it, e.g. {@code THERAPIST REVIEW}. */
    public String label() {
        return label;
    }
}
