package clinic.cadence.roster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a worksheet's XML into rows of cells, one row at a time. Values are taken raw, with the
 * style only deciding dates and zero padding: so {@code 00123} stored as text stays {@code 00123}
 * and {@code 123.0} stored as a number is {@code 123}. A formula's saved value is its value.
 * A merged range's value (Excel keeps it in the top-left cell only) is given to every row the
 * range covers, as the manager sees it. In a sheet with an Excel Table, rows below the table's
 * data (its totals row, notes under it) and cells beside it are not handed on. Hidden rows are
 * ordinary rows here.
 */
final class SheetHandler extends DefaultHandler {
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private final List<String> strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final RowVisitor visitor;
    private final RowCells row = new RowCells();
    private final SheetLayout layout;
    private final List<Merged> merged = new java.util.ArrayList<>();
    private int nextMerge;
    /** Rows below an Excel Table's data that held something: not clients. */
    private final List<Integer> outsideTable = new java.util.ArrayList<>();
    private int mergedRowsFilled;

    /** A merged range being read, with its top-left value once its first row has been. */
    private static final class Merged {
        final org.apache.poi.ss.util.CellRangeAddress range;
        String text;
        CellKind kind;

        Merged(org.apache.poi.ss.util.CellRangeAddress range) {
            this.range = range;
        }
    }

    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean collecting;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();

    SheetHandler(List<String> strings, CellStyles styles, boolean date1904, RowVisitor visitor) {
        this(strings, styles, date1904, SheetLayout.NONE, visitor);
    }

    SheetHandler(List<String> strings, CellStyles styles, boolean date1904, SheetLayout layout, RowVisitor visitor) {
        this.layout = layout;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.visitor = visitor;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row":
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                row.clear();
                column = -1;
                break;
            case "c":
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                hasValue = false;
                value.setLength(0);
                break;
            case "f":
                formula = true;
                break;
            case "v":
            case "t":
                collecting = !inPhonetic;
                hasValue |= collecting;
                break;
            case "rPh":
                inPhonetic = true;
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v":
            case "t":
                collecting = false;
                break;
            case "rPh":
                inPhonetic = false;
                break;
            case "c":
                endCell();
                break;
            case "row":
                endRow();
                break;
            default:
                break;
        }
    }

    private void endRow() {
        SheetLayout.Table table = layout.table();
        if (table != null && rowNumber > table.lastDataRow()) {
            if (!row.isBlank()) {
                outsideTable.add(rowNumber);
            }
            return;
        }
        if (table != null && rowNumber >= table.firstRow()) {
            row.keepOnly(table.firstColumn(), table.lastColumn());
        }
        fillMerged();
        try {
            visitor.row(rowNumber, row);
        } catch (RuntimeException | Error e) {
            throw new VisitorFailure(e); // not a reading failure: the reader must not word it as one
        }
    }

    /** Gives each merged range's top-left value to the rows below it in the range. */
    private void fillMerged() {
        List<org.apache.poi.ss.util.CellRangeAddress> merges = layout.merges();
        while (nextMerge < merges.size() && merges.get(nextMerge).getFirstRow() + 1 <= rowNumber) {
            merged.add(new Merged(merges.get(nextMerge++)));
        }
        for (java.util.Iterator<Merged> it = merged.iterator(); it.hasNext(); ) {
            Merged m = it.next();
            int column = m.range.getFirstColumn();
            if (m.range.getLastRow() + 1 < rowNumber) {
                it.remove();
            } else if (m.range.getFirstRow() + 1 == rowNumber) {
                m.text = row.text(column);
                m.kind = row.kind(column);
            } else if (m.text != null && !m.text.isEmpty() && row.text(column).isEmpty()) {
                row.set(column, m.kind, m.text);
                mergedRowsFilled++;
            }
        }
    }

    /** Rows below the Excel Table's data that held something (its totals row, notes). */
    List<Integer> outsideTable() {
        return outsideTable;
    }

    /** How many cells took their value from a merged range above them. */
    int mergedCellsFilled() {
        return mergedRowsFilled;
    }

    /** An exception from the row visitor, carried out of the XML parser unchanged. */
    static final class VisitorFailure extends RuntimeException {
        VisitorFailure(Throwable cause) {
            super(cause);
        }
    }

    private void endCell() {
        if (formula && !hasValue) {
            row.set(column, CellKind.FORMULA_WITHOUT_VALUE, "");
            return;
        }
        String raw = value.toString();
        boolean text = "inlineStr".equals(type) || "str".equals(type);
        if (raw.isBlank() && !text) {
            return; // a styled but empty cell
        }
        if (type == null || "n".equals(type)) {
            number(raw.strip());
            return;
        }
        switch (type) {
            case "s":
                row.set(column, CellKind.TEXT, strings.get(Integer.parseInt(raw.strip())));
                break;
            case "b":
                row.set(column, CellKind.TEXT, "1".equals(raw.strip()) ? "TRUE" : "FALSE");
                break;
            case "e":
                row.set(column, CellKind.ERROR, raw);
                break;
            case "d":
                row.set(column, CellKind.DATE, raw.length() >= 10 ? raw.substring(0, 10) : raw);
                break;
            default: // inlineStr, str (a formula's text)
                row.set(column, CellKind.TEXT, raw);
                break;
        }
    }

    private void number(String raw) {
        CellStyles.Style format = styles.style(style);
        if (format.date()) {
            double serial = Double.parseDouble(raw);
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDate date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                row.set(column, CellKind.DATE, date.toString());
                return;
            }
        }
        // Excel shows at most 15 significant digits, so 0.1*60 saved as 6.000000000000001 is the 6 the manager sees.
        String plain = new BigDecimal(raw).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        if (format.padTo() > plain.length() && plain.chars().allMatch(Character::isDigit)) {
            plain = "0".repeat(format.padTo() - plain.length()) + plain;
        }
        row.set(column, CellKind.NUMBER, plain);
    }

    /** "AB12" is column 27 (0-based). */
    static int columnOf(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    /** The cells of the row being read; reused from row to row. */
    private static final class RowCells implements Cells {
        private static final int MAX_COLUMNS = 16_384; // Excel's own limit
        private String[] texts = new String[32];
        private CellKind[] kinds = new CellKind[32];
        private int size;

        /** Drops the cells outside columns {@code first} to {@code last}. */
        void keepOnly(int first, int last) {
            for (int i = 0; i < size; i++) {
                if (i < first || i > last) {
                    texts[i] = null;
                    kinds[i] = null;
                }
            }
        }

        void clear() {
            Arrays.fill(texts, 0, size, null);
            Arrays.fill(kinds, 0, size, null);
            size = 0;
        }

        void set(int column, CellKind kind, String text) {
            if (column < 0 || column >= MAX_COLUMNS) {
                return;
            }
            if (column >= texts.length) {
                int length = Math.max(column + 1, texts.length * 2);
                texts = Arrays.copyOf(texts, length);
                kinds = Arrays.copyOf(kinds, length);
            }
            texts[column] = text;
            kinds[column] = kind;
            size = Math.max(size, column + 1);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String text(int column) {
            String text = column < size ? texts[column] : null;
            return text == null ? "" : text;
        }

        @Override
        public CellKind kind(int column) {
            CellKind kind = column < size ? kinds[column] : null;
            return kind == null ? CellKind.TEXT : kind;
        }
    }
}
