package clinic.cadence.roster;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a client roster (CSV in any common dialect, or XLSX), streaming, row by row. */
public final class Roster {
    private Roster() {
    }

    /**
     * Hands every data row of the roster to {@code sink}, in source order, as exactly one entry.
     * Rows with a client id that more than one active row carries are all rejected, so the
     * roster is read twice: once for the ids, once for the rows. Memory holds the ids, not the rows.
     *
     * @throws clinic.cadence.UnusableInputException when the roster cannot be used at all (missing
     *     file, unreadable format, unknown sheet, no header, missing required column, no data rows);
     *     this is thrown before the sink sees any entry
     */
    public static void read(Path file, RosterOptions options, Consumer<RosterEntry> sink) {
        throw new UnsupportedOperationException("roster reading: issue 4");
    }
}
