package clinic.cadence.workbook;

/**
 * A sheet's column totals, kept as its rows are written so the totals row can store its results
 * without reading the streamed rows back. Numbers are added in row order, as SUM adds them, so the
 * stored total is the one a recalculation gives; an empty cell (blank input, or a formula showing
 * {@code ""}) is skipped, as SUM and COUNT skip it.
 */
final class ColumnTotals {
    private final double[] sums;
    private final int[] counts;

    ColumnTotals(int columns) {
        this.sums = new double[columns];
        this.counts = new int[columns];
    }

    /** @param value a number, or null for a cell that shows nothing */
    void add(int col, Double value) {
        if (value != null) {
            add(col, value.doubleValue());
        }
    }

    void add(int col, double value) {
        sums[col] += value;
        counts[col]++;
    }

    double sum(int col) {
        return sums[col];
    }

    /** How many numbers the column holds, as COUNT gives it. */
    int count(int col) {
        return counts[col];
    }
}
