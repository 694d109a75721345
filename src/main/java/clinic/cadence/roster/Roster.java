package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Reads a client roster (CSV in any common dialect, or XLSX), streaming, row by row. */
public final class Roster {
    /** A header further down than this is not a header: the file is something else. */
    static final int HEADER_SEARCH_ROWS = 30;

    private Roster() {
    }

    /**
     * Hands every data row of the roster to {@code sink}, in source order, as exactly one entry.
     * Rows with a client id that more than one active row carries are all rejected, so the
     * roster is read twice: once for the ids, once for the rows. Memory holds the ids, not the rows.
     *
     * @throws clinic.cadence.UnusableInputException when the roster cannot be used at all (missing
     *     file, unreadable format, unknown sheet, no header, missing required column, no data rows);
     *     this is thrown before the sink sees any entry
     */
    public static void read(Path file, RosterOptions options, Consumer<RosterEntry> sink) {
        read(file, options, rows -> { }, sink);
    }

    /**
     * As {@link #read(Path, RosterOptions, Consumer)}, telling {@code rowsFound} how many entries
     * will follow once the first pass has counted them (for a progress line's time left).
     */
    public static void read(Path file, RosterOptions options, IntConsumer rowsFound, Consumer<RosterEntry> sink) {
        RowSource source = RowSource.open(file, options.sheet());
        FirstPass first = new FirstPass(file);
        source.forEachRow(first);
        first.finish();
        rowsFound.accept(first.dataRows);
        ClientReader reader = new ClientReader(first.header, first.ids, options);
        int headerRow = first.header.row();
        source.forEachRow((sourceRow, cells) -> {
            if (sourceRow > headerRow && !cells.isBlank()) {
                sink.accept(reader.read(sourceRow, cells));
            }
        });
    }

    /**
     * Finds the header, refuses a roster that cannot be used, and collects the active rows' ids
     * (for the duplicate check) before any row is handed on.
     */
    private static final class FirstPass implements RowVisitor {
        private final Path file;
        private final ActiveIds ids = new ActiveIds();
        private Header<Column> header;
        private int rowsSearched;
        private String firstRowSeen;
        private int dataRows;

        FirstPass(Path file) {
            this.file = file;
        }

        @Override
        public void row(int sourceRow, Cells cells) {
            if (cells.isBlank()) {
                return;
            }
            if (header == null) {
                findHeader(sourceRow, cells);
                return;
            }
            dataRows++;
            if (ClientReader.isActive(header, cells) && header.isReadable(cells, Column.CLIENT_ID)) {
                String id = header.text(cells, Column.CLIENT_ID);
                if (!id.isEmpty()) {
                    ids.add(id, sourceRow);
                }
            }
        }

        private void findHeader(int sourceRow, Cells cells) {
            if (firstRowSeen == null) {
                firstRowSeen = cells.preview();
            }
            header = Header.tryParse(sourceRow, cells, Column.class, Column::byHeader);
            if (header != null) {
                header.requireUsable(file.toString(), missing(header));
            } else if (++rowsSearched >= HEADER_SEARCH_ROWS) {
                throw noHeader();
            }
        }

        void finish() {
            if (header == null) {
                throw noHeader();
            }
            if (dataRows == 0) {
                throw new UnusableInputException(file + ": no data rows below the header (row " + header.row()
                        + "); refusing to replace the last plans with nothing");
            }
        }

        private UnusableInputException noHeader() {
            String seen = firstRowSeen == null ? "the file is empty" : "the first row holds: " + firstRowSeen;
            return new UnusableInputException(file + ": no header row naming the roster's columns (client_id, name, "
                    + "condition, ...) in the first " + HEADER_SEARCH_ROWS + " rows; " + seen);
        }

        private static List<String> missing(Header<Column> header) {
            List<String> missing = new ArrayList<>();
            if (!header.has(Column.CLIENT_ID)) {
                missing.add("client_id");
            }
            if (!header.has(Column.FIRST_NAME) && !header.has(Column.LAST_NAME) && !header.has(Column.NAME)) {
                missing.add("first_name, last_name or name");
            }
            if (!header.has(Column.CONDITION)) {
                missing.add("condition");
            }
            return missing;
        }
    }
}
