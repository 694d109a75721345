package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;

/** What the writers know at the end of the reading: the row accounting and the changes. */
record RunTotals(RowCounts counts, ChangeTracker changes) {
}
