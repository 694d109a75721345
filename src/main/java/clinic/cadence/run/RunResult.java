package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;
import java.util.List;

/**
 * How a finished run went: its exit status, its row accounting, and the rejections to show on
 * the terminal (the first few, or with --strict all of them, up to a bound).
 *
 * @param problems every problem found, shown or not (a rejected row has one or more)
 * @param roster   the columns used and the planned clients' warnings
 * @param changes  what changed since the earlier run; null when nothing was written
 * @param outbox   the sentence on the outbox, or ""
 * @param undrawableLines the first few clients whose plan shows a placeholder for characters no
 *     font has (all are on the workbook's Review sheet)
 * @param undrawable how many clients' plans show such a placeholder
 * @param languageLines what the manager is told about language cells no catalogue matched
 * @param refusal  why the run did not replace the last one (it looks like a broken export), or null
 */
record RunResult(ExitStatus status, RowCounts counts, int plansWritten, List<String> rejectionLines,
        int problems, RosterFindings roster, List<String> undrawableLines, int undrawable,
        List<String> languageLines, ChangeCounts changes, String outbox, String refusal) {

    RunResult {
        rejectionLines = List.copyOf(rejectionLines);
        undrawableLines = List.copyOf(undrawableLines);
        languageLines = List.copyOf(languageLines);
    }

    RunResult(ExitStatus status, RowCounts counts, int plansWritten, List<String> rejectionLines, int problems) {
        this(status, counts, plansWritten, rejectionLines, problems, RosterFindings.none());
    }

    RunResult(ExitStatus status, RowCounts counts, int plansWritten, List<String> rejectionLines, int problems,
            RosterFindings roster) {
        this(status, counts, plansWritten, rejectionLines, problems, roster, List.of(), 0, List.of(), null, "", null);
    }
}
