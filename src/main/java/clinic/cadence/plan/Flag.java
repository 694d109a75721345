package clinic.cadence.plan;

import java.util.List;

/**
 * A flag on a plan, with what the therapist needs to know about it, as findings a message
 * catalogue words (the workbook's Review sheet, in the clinic's language).
 *
 * @param sessions for AVAILABILITY-LIMITED the sessions short over the window, for BUDGET-LIMITED
 *                 the window sessions left out; 0 for THERAPIST REVIEW
 */
public record Flag(FlagKind kind, List<Finding> findings, int sessions) {
    public Flag {
        findings = List.copyOf(findings);
    }
}
