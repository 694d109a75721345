package clinic.cadence.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once (Excel caps a workbook at about 64,000 styles). */
final class Styles {
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String HOURS_FORMAT = "0.00";

    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle count;
    final CellStyle hours;
    final CellStyle percent;
    /** Capacity cells the planner may type into: unlocked and tinted so they read as inputs. */
    final CellStyle input;
    final CellStyle link;
    final CellStyle totalLabel;
    final CellStyle totalCount;
    final CellStyle totalHours;
    final CellStyle totalPercent;

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = wb.createCellStyle();
        date = numeric(wb, DATE_FORMAT, null);
        count = numeric(wb, "0", null);
        hours = numeric(wb, HOURS_FORMAT, null);
        percent = numeric(wb, "0%", null);
        input = numeric(wb, HOURS_FORMAT, null);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setLocked(false);
        Font underlined = wb.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(underlined);
        totalLabel = total(wb, bold, null);
        totalCount = total(wb, bold, "0");
        totalHours = total(wb, bold, HOURS_FORMAT);
        totalPercent = total(wb, bold, "0%");
    }

    private static CellStyle numeric(Workbook wb, String format, Font font) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static CellStyle total(Workbook wb, Font bold, String format) {
        CellStyle style = format == null ? wb.createCellStyle() : numeric(wb, format, bold);
        style.setFont(bold);
        style.setBorderTop(BorderStyle.THIN);
        return style;
    }
}
