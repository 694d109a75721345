package clinic.cadence.roster;

import clinic.cadence.client.Client;
import java.util.List;

/**
 * What one data row of the roster became: a client to plan, a row that is not active, or a
 * rejected row. Every data row becomes exactly one of these, so nothing is lost.
 *
 * <p>{@code sourceRow} is where the manager finds the row: the XLSX row number, or for CSV the
 * line where the record starts (1-based, counting the header and any rows above it).
 */
public sealed interface RosterEntry {
    int sourceRow();

    /**
     * An active, valid row, planned; its warnings are things the manager should fix in the roster
     * that do not change the plan (an unusable email, a name an export damaged).
     */
    record ClientRow(int sourceRow, Client client, List<Warning> warnings) implements RosterEntry {
        public ClientRow {
            warnings = List.copyOf(warnings);
        }

        public ClientRow(int sourceRow, Client client) {
            this(sourceRow, client, List.of());
        }
    }

    /** A paused or discharged row: counted, not validated, not planned. */
    record InactiveRow(int sourceRow, String clientId, String status) implements RosterEntry {
    }

    /** A row that breaks the roster rules: one problem per broken column, at least one. */
    record RejectedRow(int sourceRow, String clientId, List<Problem> problems) implements RosterEntry {
        public RejectedRow {
            problems = List.copyOf(problems);
        }
    }
}
