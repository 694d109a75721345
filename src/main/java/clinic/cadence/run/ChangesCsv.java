package clinic.cadence.run;

import clinic.cadence.changes.Change;
import clinic.cadence.changes.ChangeKind;
import clinic.cadence.client.Client;
import java.nio.file.Path;

/**
 * {@code changes.csv}: every planned client with its change since the earlier run, in roster
 * order, then the clients gone since, in the earlier run's order.
 */
final class ChangesCsv implements RunWriter {
    static final String[] COLUMNS = {"client_id", "name", "location", "therapist", "change", "what_changed"};
    private final CsvOut csv;

    ChangesCsv(Path folder) {
        csv = new CsvOut(folder.resolve("changes.csv"), COLUMNS);
    }

    @Override
    public void plan(PlannedClient planned) {
        Client c = planned.plan().client();
        Change change = planned.change();
        csv.row(c.id(), c.displayName(), c.location(), c.therapist(), change.kind().label(), change.words());
    }

    @Override
    public void finish(RunTotals totals) {
        totals.changes().forEachGone(g -> csv.row(g.record().key(), g.record().name(), g.record().location(),
                g.record().therapist(), ChangeKind.GONE.label(), g.reason().words()));
        csv.close();
    }

    @Override
    public void close() {
        csv.close();
    }
}
