package clinic.cadence.workbook;

import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.RosterEntry.RejectedRow;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.rules.Parameter;
import clinic.cadence.rules.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The manager's capacity workbook ({@code capacity.xlsx}), streamed: rows that grow with the
 * roster go straight to POI's SXSSF temp files; only weekly sums stay in memory.
 */
public final class CapacityWorkbook implements AutoCloseable {

    /**
     * @param roster         how the Summary names the roster (its path as given)
     * @param rulebookSource where the rulebook came from (a path, or "built-in defaults")
     * @param rulesInForce   every rulebook and settings parameter in force, for the Rules sheet
     * @param settings       for the horizon (weeks of the window) and the turnover buffer
     */
    public CapacityWorkbook(LocalDate asOf, String roster, String rulebookSource, List<Parameter> rulesInForce,
            Settings settings, Capacity capacity) {
        throw new UnsupportedOperationException("workbook: issue 6");
    }

    /** @param planFile the plan PDF's path relative to the out folder with {@code /}, or null with --no-pdf */
    public void addPlan(Plan plan, String planFile) {
        throw new UnsupportedOperationException("workbook: issue 6");
    }

    public void addRejected(RejectedRow row) {
        throw new UnsupportedOperationException("workbook: issue 6");
    }

    /** Writes the finished workbook; the same inputs give the same bytes (no clock in it). */
    public void write(Path file, RowCounts counts) {
        throw new UnsupportedOperationException("workbook: issue 6");
    }

    /** Removes SXSSF's temp files. */
    @Override
    public void close() {
    }
}
