package clinic.cadence.workbook;

/**
 * A formula as the workbook writes it, with the result it gives for the numbers written now. The
 * result is stored in the cell: LibreOffice and file previewers show the stored result rather than
 * recalculating, and computing it here spares keeping the sheets in memory for POI's evaluator.
 * Each factory writes the formula and its arithmetic side by side, so the two cannot drift apart.
 *
 * @param text   the formula without {@code =}, built from cell references only (never from data)
 * @param result what it shows now: a number, or null for the empty text {@code ""}
 */
record Formula(String text, Double result) {

    /**
     * Hours over capacity; empty while capacity is blank (not yet typed) or 0, never #DIV/0!.
     * {@code row} is the Excel (1-based) row of both cells.
     */
    static Formula utilisation(String hoursCol, String capacityCol, int row, double hours, Double capacity) {
        String c = capacityCol + row;
        return new Formula("IF(ISNUMBER(" + c + "),IF(" + c + ">0," + hoursCol + row + "/" + c + ",\"\"),\"\")",
                capacity != null && capacity > 0 ? hours / capacity : null);
    }

    /** Hours past capacity, 0 when within it; empty while capacity is blank. */
    static Formula shortfall(String hoursCol, String capacityCol, int row, double hours, Double capacity) {
        String c = capacityCol + row;
        return new Formula("IF(ISNUMBER(" + c + "),MAX(0," + hoursCol + row + "-" + c + "),\"\")",
                capacity == null ? null : Math.max(0, hours - capacity));
    }

    /** @param total the range's numbers added in row order, as SUM adds them */
    static Formula sum(String range, double total) {
        return new Formula("SUM(" + range + ")", total);
    }

    /** A total that stays empty when its column has no numbers (blank capacity, empty shortfalls). */
    static Formula sumOrBlank(String range, ColumnTotals totals, int col) {
        return new Formula("IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))",
                totals.count(col) == 0 ? null : totals.sum(col));
    }

    /** Another cell's value, shown where it is referred to. */
    static Formula reference(String cell, Double value) {
        return new Formula(cell, value);
    }
}
