package clinic.cadence.roster;

/** Receives a file's rows in order; {@code sourceRow} is where the manager finds the row. */
@FunctionalInterface
interface RowVisitor {
    void row(int sourceRow, Cells cells);
}
