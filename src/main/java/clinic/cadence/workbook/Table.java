package clinic.cadence.workbook;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * One sheet as a table: a header row, then data rows appended in order and streamed by SXSSF.
 * It keeps only the widest text seen per column, so {@link #finish} can fit the widths without
 * SXSSF's auto-size tracking (which measures every cell with AWT fonts).
 */
final class Table {
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MIN_WIDTH_CHARS = 6;
    private static final int MAX_WIDTH_CHARS = 50;
    private static final int DATE_CHARS = 10;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int[] widestChars;
    private int nextRow;
    private Row row;

    Table(SXSSFWorkbook wb, String name, Styles styles) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.widestChars = new int[SpreadsheetVersion.EXCEL2007.getMaxColumns()];
    }

    /**
     * Writes each row to the temp file as soon as the next is begun. For the breakdown sheets:
     * three columns per therapist make even a few rows thousands of cells, and the default window
     * of rows would keep the whole sheet in memory until the workbook is written.
     */
    Table flushEachRow() {
        sheet.setRandomAccessWindowSize(1);
        return this;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** The 0-based index of the row the next {@link #newRow} makes. */
    int nextRow() {
        return nextRow;
    }

    /** Writes the header row (frozen, repeated on every printed page) and sets up printing. */
    void header(List<String> columns) {
        newRow();
        for (int c = 0; c < columns.size(); c++) {
            text(c, columns.get(c)).setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    Table newRow() {
        row = sheet.createRow(nextRow++);
        return this;
    }

    /**
     * A text cell. {@code setCellValue(String)} writes it as a string, so text that looks like a
     * formula ({@code =HYPERLINK(...)}) stays text; Excel's 32,767-character cell limit is respected.
     */
    Cell text(int col, String value) {
        String shown = value == null ? "" : value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
        Cell cell = row.createCell(col);
        cell.setCellValue(shown);
        widen(col, shown.length());
        return cell;
    }

    Cell number(int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widen(col, style == styles.hours || style == styles.input ? twoDecimalsChars(value) : wholeChars(value));
        return cell;
    }

    Cell date(int col, LocalDate value) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
        widen(col, DATE_CHARS);
        return cell;
    }

    /** An empty cell that still carries its style, e.g. a blank capacity input. */
    Cell blank(int col, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A formula, stored with its result: SXSSF writes the result type ({@code t="n"} or
     * {@code t="str"}) from the value set after the formula. An empty-text result has no value.
     */
    Cell formula(int col, Formula formula, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula.text());
        if (formula.result() == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(formula.result());
        }
        cell.setCellStyle(style);
        return cell;
    }

    Cell link(int col, String label, Hyperlink target) {
        Cell cell = text(col, label);
        cell.setHyperlink(target);
        cell.setCellStyle(styles.link);
        return cell;
    }

    /** Fits the column widths and puts a filter over the header and the data rows (none if negative). */
    void finish(int columns, int lastDataRow) {
        fitWidths(columns);
        if (lastDataRow >= 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastDataRow, 0, columns - 1));
        }
    }

    /**
     * Writes the sheet's column widths as runs of equal width. POI's setColumnWidth searches all
     * columns set so far, each time: minutes for a By therapist sheet thousands of columns wide.
     */
    private void fitWidths(int columns) {
        XSSFSheet xssf = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
        CTWorksheet worksheet = xssf.getCTWorksheet();
        CTCols cols = worksheet.sizeOfColsArray() == 0 ? worksheet.addNewCols() : worksheet.getColsArray(0);
        int start = 0;
        for (int c = 1; c <= columns; c++) {
            if (c == columns || widthChars(c) != widthChars(start)) {
                CTCol col = cols.addNewCol();
                col.setMin(start + 1L);
                col.setMax(c);
                col.setWidth(widthChars(start));
                col.setCustomWidth(true);
                start = c;
            }
        }
    }

    private int widthChars(int col) {
        return Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widestChars[col] + 2));
    }

    /**
     * The length of {@code String.format("%.2f", value)}, without making the string: it was a
     * string per number cell. Only a value that may round up to one more digit (9.996 to 10.00),
     * or that is not an ordinary number, is formatted to be sure.
     */
    static int twoDecimalsChars(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude < 1e15) || magnitude - Math.floor(magnitude) >= 0.994) {
            return String.format("%.2f", value).length();
        }
        return signChars(value) + digits((long) magnitude) + ".00".length();
    }

    /** The length of {@code Long.toString(Math.round(value))}, without making the string. */
    static int wholeChars(double value) {
        long whole = Math.round(value);
        if (whole == Long.MIN_VALUE) {
            return Long.toString(whole).length();
        }
        return (whole < 0 ? 1 : 0) + digits(Math.abs(whole));
    }

    /** A minus sign also for -0.0 and for negatives that round to 0, as the formatter writes "-0.00". */
    private static int signChars(double value) {
        return Double.doubleToRawLongBits(value) < 0 ? 1 : 0;
    }

    private static int digits(long nonNegative) {
        int digits = 1;
        for (long n = nonNegative; n >= 10; n /= 10) {
            digits++;
        }
        return digits;
    }

    private void widen(int col, int chars) {
        widestChars[col] = Math.max(widestChars[col], chars);
    }
}
