package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;

/** How a finished run went: its exit status and its row accounting. */
record RunResult(ExitStatus status, RowCounts counts, int plansWritten) {
}
