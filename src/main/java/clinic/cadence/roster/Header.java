package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The header row: which cell holds which column. Found by its names, so title and notes rows
 * above it, column order and unknown columns do not matter.
 *
 * @param <C> the columns this kind of file has
 */
final class Header<C extends Enum<C>> {
    /** A row naming fewer known columns than this is a title or notes row, not the header. */
    private static final int MIN_KNOWN_NAMES = 2;

    private final int row;
    private final int[] index;
    private final String[] names;
    private final List<String> found = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private String duplicate;

    private final Class<C> type;

    private Header(int row, int columns, Class<C> type) {
        this.type = type;
        this.row = row;
        this.index = new int[columns];
        this.names = new String[columns];
        Arrays.fill(index, -1);
    }

    /** The header this row is, or null when it names too few known columns to be one. */
    static <C extends Enum<C>> Header<C> tryParse(int row, Cells cells, Class<C> type, Function<String, C> byName) {
        Header<C> header = new Header<>(row, type.getEnumConstants().length, type);
        int known = 0;
        for (int i = 0; i < cells.size(); i++) {
            String text = CellText.clean(cells.text(i));
            if (text.isEmpty()) {
                continue;
            }
            header.found.add(text);
            C column = byName.apply(text);
            if (column == null) {
                header.ignored.add(text);
                continue;
            }
            known++;
            int previous = header.index[column.ordinal()];
            if (previous >= 0 && header.duplicate == null) {
                header.duplicate = "two columns that could be " + name(column) + ": '"
                        + CellText.clean(cells.text(previous)) + "' and '" + text + "'; keep one"
                        + (column instanceof Column ? ", or say which in the settings: column." + name(column)
                                + " = " + text : "");
            } else if (previous < 0) {
                header.index[column.ordinal()] = i;
                header.names[column.ordinal()] = text;
            }
        }
        return known >= MIN_KNOWN_NAMES ? header : null;
    }

    /** Refuses a header with two cells naming one column, or without a required column. */
    void requireUsable(String file, List<String> missing) {
        if (duplicate != null) {
            throw new UnusableInputException(file + ": the header row (row " + row + ") has " + duplicate);
        }
        if (!missing.isEmpty()) {
            throw new UnusableInputException(file + ": missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the header row (row " + row + ") has: " + String.join(", ", found)
                    + (type == Column.class ? "; if one of these is it, name it in the settings, e.g. column."
                            + missing.get(0).split("[ ,]")[0] + " = <its header>" : ""));
        }
    }

    static String name(Enum<?> column) {
        return column.name().toLowerCase(java.util.Locale.ROOT);
    }

    int row() {
        return row;
    }

    boolean has(C column) {
        return index[column.ordinal()] >= 0;
    }

    int index(C column) {
        return index[column.ordinal()];
    }

    /** The column's text in this row, cleaned ({@link CellText}); "" when the column or the cell is missing. */
    String text(Cells cells, C column) {
        int i = index[column.ordinal()];
        return i < 0 ? "" : CellText.clean(cells.text(i));
    }

    /** The header cell that feeds the column, as written; null when there is none. */
    String headerOf(C column) {
        return names[column.ordinal()];
    }

    /** The header cells that feed no column, as written. */
    List<String> ignored() {
        return ignored;
    }

    /** Every header cell, as written. */
    List<String> found() {
        return found;
    }

    /** False for a formula without a saved value or an Excel error: such a cell has no value to read. */
    boolean isReadable(Cells cells, C column) {
        CellKind kind = kind(cells, column);
        return kind != CellKind.FORMULA_WITHOUT_VALUE && kind != CellKind.ERROR;
    }

    CellKind kind(Cells cells, C column) {
        int i = index[column.ordinal()];
        return i < 0 ? CellKind.TEXT : cells.kind(i);
    }
}
