package clinic.cadence.run;

import clinic.cadence.plan.Plan;

/**
 * A plan as the writers receive it.
 *
 * @param planFile the plan PDF's path relative to the out folder, with {@code /}; null with --no-pdf
 */
record PlannedClient(Plan plan, String planFile) {
}
