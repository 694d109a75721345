package clinic.cadence.run;

import java.nio.file.Path;

/**
 * A run output that is one CSV file: made with its header when the run starts, complete when the
 * run finishes (after {@link #lastRows}), closed either way.
 */
abstract class CsvFile implements RunWriter {
    protected final CsvOut csv;

    CsvFile(Path file, String... header) {
        csv = new CsvOut(file, header);
    }

    /** Rows written once every row of the roster is in; none by default. */
    void lastRows(RunTotals totals) {
    }

    @Override
    public final void finish(RunTotals totals) {
        lastRows(totals);
        csv.close();
    }

    @Override
    public final void close() {
        csv.close();
    }
}
