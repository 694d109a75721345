package clinic.cadence.roster;

/** What a cell held, where the file format says more than its text (XLSX). CSV cells are all TEXT. */
enum CellKind {
    TEXT,
    /** A number cell; its text is the plain number ({@code 123.0} gives {@code 123}). */
    NUMBER,
    /** A date cell; its text is the ISO date. */
    DATE,
    /** A formula Excel never calculated and saved: there is no value to read. */
    FORMULA_WITHOUT_VALUE,
    /** An Excel error value such as {@code #N/A}; its text is the error. */
    ERROR
}
