package clinic.cadence.run;

import clinic.cadence.changes.PlanRecord;
import java.nio.file.Path;

/** {@code plans.csv}: each client's plan in brief, for the next run to tell what changed. */
final class PlansCsv extends CsvFile {
    PlansCsv(Path folder) {
        super(folder.resolve(ChangeTracker.PLANS_FILE), PlanRecord.COLUMNS.toArray(String[]::new));
    }

    @Override
    public void plan(PlannedClient client) {
        csv.row(client.record().fields().toArray());
    }
}
