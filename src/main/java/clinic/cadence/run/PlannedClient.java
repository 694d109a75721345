package clinic.cadence.run;

import clinic.cadence.changes.Change;
import clinic.cadence.changes.PlanRecord;
import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Warning;
import java.util.List;

/**
 * A plan as the writers receive it.
 *
 * @param planFile the plan PDF's path relative to the out folder, with {@code /}; null with --no-pdf
 * @param record   the plan in brief, as plans.csv keeps it
 * @param change   how it stands against the earlier run
 * @param warnings the roster's warnings on the client's row (an unusable email, a damaged name)
 */
record PlannedClient(Plan plan, String planFile, PlanRecord record, Change change, List<Warning> warnings) {
}
