package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;
import java.util.List;

/**
 * How a finished run went: its exit status, its row accounting, and the rejections to show on
 * the terminal (the first few, or with --strict all of them, up to a bound).
 *
 * @param problems every problem found, shown or not (a rejected row has one or more)
 * @param roster   the columns used and the planned clients' warnings
 * @param refusal  why the run did not replace the last one (it looks like a broken export), or null
 */
record RunResult(ExitStatus status, RowCounts counts, int plansWritten, List<String> rejectionLines,
        int problems, RosterFindings roster, String refusal) {

    RunResult {
        rejectionLines = List.copyOf(rejectionLines);
    }

    RunResult(ExitStatus status, RowCounts counts, int plansWritten, List<String> rejectionLines, int problems) {
        this(status, counts, plansWritten, rejectionLines, problems, RosterFindings.none(), null);
    }

    RunResult(ExitStatus status, RowCounts counts, int plansWritten, List<String> rejectionLines, int problems,
            RosterFindings roster) {
        this(status, counts, plansWritten, rejectionLines, problems, roster, null);
    }
}
