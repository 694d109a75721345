package clinic.cadence.run;

import clinic.cadence.roster.Problem;
import clinic.cadence.roster.RosterEntry;
import java.nio.file.Path;

/** {@code rejected.csv}: one line per problem of every rejected row. */
final class RejectedCsv extends CsvFile {
    RejectedCsv(Path folder) {
        super(folder.resolve("rejected.csv"), "row", "client_id", "column", "value", "problem");
    }

    @Override
    public void rejected(RosterEntry.RejectedRow row) {
        for (Problem p : row.problems()) {
            csv.row(row.sourceRow(), row.clientId(), p.column(), p.value(), "expected " + p.expected());
        }
    }
}
