package clinic.cadence.run;

import clinic.cadence.roster.RosterEntry;
import clinic.cadence.workbook.CapacityWorkbook;
import java.nio.file.Path;

/** {@code capacity.xlsx}: the manager's workbook, filled as plans arrive and written at the end. */
final class WorkbookOutput implements RunWriter {
    private final CapacityWorkbook workbook;
    private final Path file;

    WorkbookOutput(CapacityWorkbook workbook, Path folder) {
        this.workbook = workbook;
        this.file = folder.resolve("capacity.xlsx");
    }

    @Override
    public void plan(PlannedClient client) {
        workbook.addPlan(client.plan(), client.planFile(), client.warnings(), client.change());
    }

    @Override
    public void rejected(RosterEntry.RejectedRow row) {
        workbook.addRejected(row);
    }

    @Override
    public void finish(RunTotals totals) {
        totals.changes().forEachGone(workbook::addGone);
        workbook.rosterFindings(totals.roster().report().lines(), totals.roster().warningCount());
        workbook.write(file, totals.counts());
    }

    @Override
    public void close() {
        workbook.close();
    }
}
