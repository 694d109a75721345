package clinic.cadence.run;

import clinic.cadence.changes.Change;
import clinic.cadence.changes.ChangeKind;
import clinic.cadence.client.Client;
import java.nio.file.Path;

/**
 * {@code changes.csv}: every planned client with its change since the earlier run, in roster
 * order, then the clients gone since, in the earlier run's order.
 */
final class ChangesCsv extends CsvFile {
    static final String[] COLUMNS = {"client_id", "name", "location", "therapist", "change", "what_changed"};

    ChangesCsv(Path folder) {
        super(folder.resolve("changes.csv"), COLUMNS);
    }

    @Override
    public void plan(PlannedClient planned) {
        Client c = planned.plan().client();
        Change change = planned.change();
        csv.row(c.id(), c.displayName(), c.location(), c.therapist(), change.kind().label(), change.words());
    }

    /** The clients gone since the earlier run, after every planned one. */
    @Override
    void lastRows(RunTotals totals) {
        totals.changes().forEachGone(g -> csv.row(g.record().key(), g.record().name(), g.record().location(),
                g.record().therapist(), ChangeKind.GONE.label(), g.reason().words()));
    }
}
