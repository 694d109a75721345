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

    /** Optional columns whose absence changes who is planned or how: said once, in one line. */
    private static final List<Absent> SAID_WHEN_ABSENT = List.of(
            new Absent(Column.STATUS, "every row is planned as active"),
            new Absent(Column.AVAILABLE_DAYS, "every client can come on every open day"),
            new Absent(Column.SESSION_MINUTES, "every session is 60 minutes"),
            new Absent(Column.LAST_VISIT, "no plan counts from a last visit"),
            new Absent(Column.LOCATION, "every client is at one site"),
            new Absent(Column.THERAPIST, "demand is not split by therapist"));

    private record Absent(Column column, String meaning) {
    }

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
        read(file, options, report -> { }, rows -> { }, sink);
    }

    /**
     * As {@link #read(Path, RosterOptions, Consumer)}, telling {@code rowsFound} how many entries
     * will follow once the first pass has counted them (for a progress line's time left).
     */
    public static void read(Path file, RosterOptions options, IntConsumer rowsFound, Consumer<RosterEntry> sink) {
        read(file, options, report -> { }, rowsFound, sink);
    }

    /**
     * As {@link #read(Path, RosterOptions, IntConsumer, Consumer)}, first telling {@code report}
     * which columns the roster's headers feed and every choice made on the file's behalf.
     */
    public static void read(Path file, RosterOptions options, Consumer<RosterReport> report, IntConsumer rowsFound,
            Consumer<RosterEntry> sink) {
        ColumnNames names = new ColumnNames(options.columnNames());
        RowSource source = RosterSheet.choose(file, options, names);
        FirstPass first = new FirstPass(file, names);
        source.forEachRow(first);
        first.finish();
        DateOrder order = options.dateOrder() != null ? options.dateOrder() : first.dates.order();
        report.accept(report(first, names, source, options));
        rowsFound.accept(first.dataRows);
        ClientReader reader = new ClientReader(first.header, first.ids, options, order);
        int headerRow = first.header.row();
        source.forEachRow((sourceRow, cells) -> {
            if (sourceRow > headerRow && !cells.isBlank()) {
                sink.accept(reader.read(sourceRow, cells));
            }
        });
    }

    private static RosterReport report(FirstPass first, ColumnNames names, RowSource source, RosterOptions options) {
        Header<Column> header = first.header;
        List<RosterReport.ColumnUse> used = new ArrayList<>();
        for (Column column : Column.values()) {
            String text = header.headerOf(column);
            if (text != null) {
                ColumnNames.Match match = names.match(text);
                String how = match == null ? "name" : match.how().name().toLowerCase(java.util.Locale.ROOT);
                used.add(new RosterReport.ColumnUse(column.canonical(), text, how));
            }
        }
        List<String> notes = new ArrayList<>(source.notes());
        for (Column column : Column.values()) {
            String named = names.clinicHeader(column);
            if (named != null && !header.has(column)) {
                notes.add("the settings name '" + named + "' as the " + column.canonical()
                        + " column, but the header row has no such header");
            }
        }
        for (Absent absent : SAID_WHEN_ABSENT) {
            if (!header.has(absent.column())) {
                notes.add("no " + absent.column().canonical() + " column: " + absent.meaning());
            }
        }
        String dateNote = first.dates.note();
        if (dateNote != null && options.dateOrder() == null) {
            notes.add(dateNote);
        } else if (options.dateOrder() != null) {
            notes.add("slash dates read " + (options.dateOrder() == DateOrder.DMY ? "day" : "month")
                    + " first, as --date-order says");
        }
        return new RosterReport(used, header.ignored(), notes);
    }

    /** Whether a row of cells is a roster header, for choosing a workbook's sheet. */
    static boolean isHeader(Cells cells, ColumnNames names) {
        Header<Column> header = Header.tryParse(0, cells, Column.class, names::column);
        return header != null && header.has(Column.CLIENT_ID);
    }

    /**
     * Finds the header, refuses a roster that cannot be used, collects the active rows' ids
     * (for the duplicate check) and the slash dates' order before any row is handed on.
     */
    private static final class FirstPass implements RowVisitor {
        private final Path file;
        private final ColumnNames names;
        private final ActiveIds ids = new ActiveIds();
        private final DateText.Evidence dates = new DateText.Evidence();
        private Header<Column> header;
        private int rowsSearched;
        private String firstRowSeen;
        private int dataRows;

        FirstPass(Path file, ColumnNames names) {
            this.file = file;
            this.names = names;
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
            for (Column column : List.of(Column.EPISODE_START, Column.LAST_VISIT)) {
                if (header.has(column) && header.kind(cells, column) == CellKind.TEXT) {
                    dates.see(header.text(cells, column), sourceRow);
                }
            }
        }

        private void findHeader(int sourceRow, Cells cells) {
            if (firstRowSeen == null) {
                firstRowSeen = cells.preview();
            }
            header = Header.tryParse(sourceRow, cells, Column.class, names::column);
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
                    + "condition, ...) in the first " + HEADER_SEARCH_ROWS + " rows; " + seen
                    + (firstRowSeen == null ? "" : "; if these are its headers, name them in the settings, "
                            + "e.g. column.client_id = <the id column's header>"));
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
