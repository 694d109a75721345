package clinic.cadence.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What a cell's style says about its number: a date (by its number format, as Excel decides),
 * or a zero-padded code such as a client id formatted {@code 00000}.
 */
final class CellStyles {
    private static final Pattern ZERO_PADDED = Pattern.compile("0+");
    private static final Style PLAIN = new Style(false, 0);

    private final StylesTable table;
    private final Map<Integer, Style> byIndex = new HashMap<>();

    private CellStyles(StylesTable table) {
        this.table = table;
    }

    static CellStyles of(XSSFReader reader) {
        try {
            return new CellStyles(reader.getStylesTable());
        } catch (Exception e) {
            return new CellStyles(null); // a workbook without styles has neither dates nor padding
        }
    }

    Style style(int index) {
        if (table == null || index < 0 || index >= table.getNumCellStyles()) {
            return PLAIN;
        }
        return byIndex.computeIfAbsent(index, this::load);
    }

    private Style load(int index) {
        XSSFCellStyle style = table.getStyleAt(index);
        String format = style.getDataFormatString();
        if (format == null) {
            return PLAIN;
        }
        boolean date = DateUtil.isADateFormat(style.getDataFormat(), format);
        return new Style(date, ZERO_PADDED.matcher(format).matches() ? format.length() : 0);
    }

    /** @param padTo the digits a whole number is zero-padded to, or 0 */
    record Style(boolean date, int padTo) {
    }
}
