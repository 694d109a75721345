package clinic.cadence.roster;

/** One row's cells as the file holds them, by 0-based column. Valid only during the visit. */
interface Cells {
    int size();

    /** The cell's text, or "" for a missing cell. */
    String text(int column);

    CellKind kind(int column);

    default boolean isBlank() {
        for (int i = 0; i < size(); i++) {
            if (!text(i).isBlank() || kind(i) == CellKind.FORMULA_WITHOUT_VALUE) {
                return false;
            }
        }
        return true;
    }

    /** For messages about rows that are not data: the cells joined, shortened. */
    default String preview() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < size() && text.length() < 80; i++) {
            if (!text(i).isBlank()) {
                text.append(text.length() == 0 ? "" : " | ").append(text(i).strip());
            }
        }
        return text.length() > 80 ? text.substring(0, 77) + "..." : text.toString();
    }
}
