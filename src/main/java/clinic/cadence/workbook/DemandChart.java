package clinic.cadence.workbook;

import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Weekly demand chart: therapist hours as bars, capacity as a line, by week. The series point
 * at the sheet's cells, so Excel and LibreOffice redraw it when the planner types a capacity; the
 * values passed here are only the cached copy shown before recalculation.
 *
 * <p>Drawn on the XSSF sheet behind the streamed one: SXSSF's own drawing has no charts, and the
 * chart lives in its own part, not in the streamed rows.
 */
final class DemandChart {
    private static final String SHEET = "'Weekly demand'!";
    /** Below the totals row and across the table's columns, so it prints with the table at full width. */
    private static final int ROWS_BELOW_TOTALS = 2;
    private static final int HEIGHT_ROWS = 22;

    private final int weeks;

    DemandChart(int weeks) {
        this.weeks = weeks;
    }

    /**
     * POI tags the chart's text with the JVM's language ({@code lang="de"} on a German machine):
     * fixing it keeps the bytes the same on every machine.
     */
    void draw(XSSFSheet sheet, String[] weekStarts, Double[] hours, Double[] capacity) {
        Locale before = LocaleUtil.getUserLocale();
        LocaleUtil.setUserLocale(Locale.UK);
        try {
            drawInEnglish(sheet, weekStarts, hours, capacity);
        } finally {
            LocaleUtil.setUserLocale(before);
        }
    }

    private void drawInEnglish(XSSFSheet sheet, String[] weekStarts, Double[] hours, Double[] capacity) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = weeks + 1 + ROWS_BELOW_TOTALS;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, DemandSheets.WEEKLY_COLUMNS.size(),
                top + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Therapist hours needed and available, by week");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP); // capacity not yet typed in is no line, not a line at 0

        XDDFCategoryAxis weeksAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        weeksAxis.setTitle("week starting");
        XDDFValueAxis hoursAxis = chart.createValueAxis(AxisPosition.LEFT);
        hoursAxis.setTitle("hours");
        hoursAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        hoursAxis.setCrossBetween(AxisCrossBetween.BETWEEN);

        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(weekStarts, range(0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, weeksAxis, hoursAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series demandSeries = bars.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(hours, range(DemandSheets.HOURS_COL)));
        demandSeries.setTitle("therapist_hours", header(DemandSheets.HOURS_COL));
        demandSeries.setShapeProperties(filled(PresetColor.STEEL_BLUE));
        chart.plot(bars);

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weeksAxis, hoursAxis);
        line.setVaryColors(false);
        XDDFLineChartData.Series capacitySeries = (XDDFLineChartData.Series) line.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(capacity, range(DemandSheets.CAPACITY_COL)));
        capacitySeries.setTitle("capacity_hours", header(DemandSheets.CAPACITY_COL));
        capacitySeries.setMarkerStyle(MarkerStyle.NONE);
        capacitySeries.setSmooth(false);
        capacitySeries.setShapeProperties(stroked(PresetColor.DARK_RED));
        chart.plot(line);
    }

    // Colours are explicit: LibreOffice draws a series without shape properties invisibly.
    private static XDDFShapeProperties filled(PresetColor color) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        return shape;
    }

    private static XDDFShapeProperties stroked(PresetColor color) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(2.25);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }

    private String range(int col) {
        String letter = CellReference.convertNumToColString(col);
        return SHEET + "$" + letter + "$2:$" + letter + "$" + (weeks + 1);
    }

    private static CellReference header(int col) {
        return new CellReference("Weekly demand", 0, col, true, true);
    }
}
