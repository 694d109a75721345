package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before a staged run replaces the run in the out folder: does it look like a broken export or a
 * typo rather than a new week? A week's roster loses a few clients and gains a few; a roster saved
 * with the wrong date format rejects most rows, a wrong file drops most clients, and a mistyped
 * --as-of jumps a year. Then the last good run stays, and the manager is told what looks wrong and
 * how to go ahead anyway (--replace-anyway). A first run has nothing to protect.
 */
final class BrokenExportGuard {
    /** A plan date this much before the last run's is a typo or an old export, not a correction of a day or two. */
    static final int DAYS_BACK = 7;
    /** Weekly runs; a clinic closed for a month still runs within 8 weeks. */
    static final int WEEKS_AHEAD = 8;

    private final PreviousRun previous;

    BrokenExportGuard(Path out) {
        this.previous = PreviousRun.in(out);
    }

    /** Tell the guard each client the new run planned, by its id as written in sessions.csv. */
    void planned(String csvClientId) {
        previous.plannedNow(csvClientId);
    }

    /** Why the new run should not replace the last one, in one line; empty when it may. */
    Optional<String> verdict(LocalDate asOf, RowCounts now) {
        if (!previous.exists()) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        int active = now.planned() + now.rejected();
        RowCounts before = previous.counts;
        if (mostOf(now.rejected(), active) && !mostOf(before.rejected(), before.planned() + before.rejected())) {
            wrong.add(now.rejected() + " of " + active + " active rows were rejected (last run: " + before.rejected()
                    + " of " + (before.planned() + before.rejected()) + ")");
        }
        int missing = previous.missingNow();
        if (mostOf(missing, previous.clientCount())) {
            wrong.add(missing + " of the " + previous.clientCount() + " clients planned last run are not planned now");
        }
        long days = ChronoUnit.DAYS.between(previous.asOf, asOf);
        if (days < -DAYS_BACK) {
            wrong.add("the plan date " + asOf + " is " + weeks(-days) + " before the last run's " + previous.asOf);
        } else if (days > 7L * WEEKS_AHEAD) {
            wrong.add("the plan date " + asOf + " is " + weeks(days) + " after the last run's " + previous.asOf);
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("wrote nothing, the last run is kept: " + String.join("; ", wrong)
                + ". That looks like a broken export or a typo: check the roster and --as-of and run again, "
                + "or add --replace-anyway if this is right");
    }

    private static boolean mostOf(int part, int whole) {
        return whole > 0 && 2L * part > whole;
    }

    private static String weeks(long days) {
        return days < 14 ? days + " days" : days / 7 + " weeks";
    }
}
