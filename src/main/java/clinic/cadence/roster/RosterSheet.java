package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows are the roster: the CSV, or the workbook's sheet. A workbook whose first sheet has no
 * roster header (an Instructions or Read me sheet first) is read from the one other sheet that
 * has one, and the run says so; several such sheets are named, and --sheet says which.
 */
final class RosterSheet {
    private RosterSheet() {
    }

    static RowSource choose(Path file, RosterOptions options, ColumnNames names) {
        RowSource source = RowSource.open(file, options.sheet(), options.encoding());
        if (options.sheet() != null || !(source instanceof XlsxRows first) || hasHeader(first, names)) {
            return source;
        }
        List<String> others = new ArrayList<>();
        List<String> sheets = XlsxRows.sheetNames(file);
        for (String sheet : sheets.subList(1, sheets.size())) {
            if (hasHeader(XlsxRows.open(file, sheet), names)) {
                others.add(sheet);
            }
        }
        if (others.size() > 1) {
            throw new UnusableInputException(file + ": the first sheet '" + first.sheet() + "' has no roster header, "
                    + "and sheets '" + String.join("', '", others) + "' each have one; say which with --sheet, e.g. "
                    + "--sheet \"" + others.get(0) + "\"");
        }
        if (others.isEmpty()) {
            return first; // its own message: no header row, and what the first row holds
        }
        XlsxRows chosen = XlsxRows.open(file, others.get(0));
        return new Noted(chosen, "the first sheet '" + first.sheet() + "' has no roster header: read sheet '"
                + others.get(0) + "' (--sheet names another)");
    }

    /** Whether a roster header (one naming the client id) is in the sheet's first rows; stops reading there. */
    private static boolean hasHeader(XlsxRows sheet, ColumnNames names) {
        try {
            sheet.forEachRow(new RowVisitor() {
                private int rows;

                @Override
                public void row(int sourceRow, Cells cells) {
                    if (cells.isBlank()) {
                        return;
                    }
                    if (Roster.isHeader(cells, names)) {
                        throw new Found(true);
                    }
                    if (++rows >= Roster.HEADER_SEARCH_ROWS) {
                        throw new Found(false);
                    }
                }
            });
        } catch (Found found) {
            return found.header;
        }
        return false;
    }

    /** Stops a sheet's reading once its header is known. */
    private static final class Found extends RuntimeException {
        final boolean header;

        Found(boolean header) {
            super(null, null, false, false);
            this.header = header;
        }
    }

    /** A source with one more thing to say. */
    private record Noted(XlsxRows rows, String note) implements RowSource {
        @Override
        public void forEachRow(RowVisitor visitor) {
            rows.forEachRow(visitor);
        }

        @Override
        public List<String> notes() {
            List<String> all = new ArrayList<>(List.of(note));
            all.addAll(rows.notes());
            return all;
        }
    }
}
