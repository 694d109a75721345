package clinic.cadence.run;

import clinic.cadence.roster.RosterEntry;

/**
 * One output of a run. The batch run hands every writer each planned client and each rejected row
 * in roster order, then asks each to finish, in the order the writers were made; a new output is
 * a new writer, not an edit of the loop. Writers write only into the run's staging folder.
 */
interface RunWriter extends AutoCloseable {

    /** One planned client, in roster order. */
    default void plan(PlannedClient client) {
    }

    /** One rejected row, in roster order. */
    default void rejected(RosterEntry.RejectedRow row) {
    }

    /** Every row is in: write what is left. Writers made earlier have finished already. */
    default void finish(RunTotals totals) {
    }

    /** Releases what the writer holds; after {@link #finish}, or instead of it when the run fails. */
    @Override
    default void close() {
    }
}
