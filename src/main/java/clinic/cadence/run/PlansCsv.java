package clinic.cadence.run;

import clinic.cadence.changes.PlanRecord;
import java.nio.file.Path;

/** {@code plans.csv}: each client's plan in brief, for the next run to tell what changed. */
final class PlansCsv implements RunWriter {
    private final CsvOut csv;

    PlansCsv(Path folder) {
        csv = new CsvOut(folder.resolve(ChangeTracker.PLANS_FILE), PlanRecord.COLUMNS.toArray(String[]::new));
    }

    @Override
    public void plan(PlannedClient client) {
        csv.row(client.record().fields().toArray());
    }

    @Override
    public void finish(RunTotals totals) {
        csv.close();
    }

    @Override
    public void close() {
        csv.close();
    }
}
