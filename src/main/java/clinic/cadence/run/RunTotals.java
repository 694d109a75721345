package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;

/** What the writers know at the end of the reading: the row accounting, the changes, the roster's findings. */
record RunTotals(RowCounts counts, ChangeTracker changes, RosterFindings roster) {
}
