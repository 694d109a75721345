package clinic.cadence.roster;

/** The run's row accounting: {@code read == planned + rejected + notActive}, always. */
public record RowCounts(int read, int planned, int rejected, int notActive) {

    public static RowCounts zero() {
        return new RowCounts(0, 0, 0, 0);
    }

    public RowCounts add(RosterEntry entry) {
        if (entry instanceof RosterEntry.ClientRow) {
            return new RowCounts(read + 1, planned + 1, rejected, notActive);
        }
        if (entry instanceof RosterEntry.RejectedRow) {
            return new RowCounts(read + 1, planned, rejected + 1, notActive);
        }
        return new RowCounts(read + 1, planned, rejected, notActive + 1);
    }
}
