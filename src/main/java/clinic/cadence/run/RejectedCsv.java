package clinic.cadence.run;

import clinic.cadence.roster.Problem;
import clinic.cadence.roster.RosterEntry;
import java.nio.file.Path;

/** {@code rejected.csv}: one line per problem of every rejected row. */
final class RejectedCsv implements RunWriter {
    private final CsvOut csv;

    RejectedCsv(Path folder) {
        csv = new CsvOut(folder.resolve("rejected.csv"), "row", "client_id", "column", "value", "problem");
    }

    @Override
    public void rejected(RosterEntry.RejectedRow row) {
        for (Problem p : row.problems()) {
            csv.row(row.sourceRow(), row.clientId(), p.column(), p.value(), "expected " + p.expected());
        }
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
