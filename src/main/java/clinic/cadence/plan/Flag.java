package clinic.cadence.plan;

/**
 * A flag on a plan, with the reason a therapist reads.
 *
 * @param sessions for AVAILABILITY-LIMITED the sessions short over the window, for BUDGET-LIMITED
 *                 the window sessions left out; 0 for THERAPIST REVIEW
 */
public record Flag(FlagKind kind, String reason, int sessions) {
}
