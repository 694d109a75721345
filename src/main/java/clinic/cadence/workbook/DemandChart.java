package clinic.cadence.workbook;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
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
    private static final int FIRST_COL = 11;
    private static final int LAST_COL = 21;
    private static final int LAST_ROW = 22;

    private final int weeks;

    DemandChart(int weeks) {
        this.weeks = weeks;
    }

    void draw(XSSFSheet sheet, String[] weekStarts, Double[] hours, Double[] capacity) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COL, 1, LAST_COL, LAST_ROW);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Therapist hours needed and available, by week");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis weeksAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        weeksAxis.setTitle("week starting");
        XDDFValueAxis hoursAxis = chart.createValueAxis(AxisPosition.LEFT);
        hoursAxis.setTitle("hours");
        hoursAxis.setCrosses(AxisCrosses.AUTO_ZERO);

        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(weekStarts, range(0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, weeksAxis, hoursAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.addSeries(categories, XDDFDataSourcesFactory.fromArray(hours, range(DemandSheets.HOURS_COL)))
                .setTitle("therapist_hours", header(DemandSheets.HOURS_COL));
        chart.plot(bars);

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weeksAxis, hoursAxis);
        line.setVaryColors(false);
        XDDFLineChartData.Series capacitySeries = (XDDFLineChartData.Series) line.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(capacity, range(DemandSheets.CAPACITY_COL)));
        capacitySeries.setTitle("capacity_hours", header(DemandSheets.CAPACITY_COL));
        capacitySeries.setMarkerStyle(MarkerStyle.NONE);
        capacitySeries.setSmooth(false);
        chart.plot(line);
    }

    private String range(int col) {
        String letter = CellReference.convertNumToColString(col);
        return SHEET + "$" + letter + "$2:$" + letter + "$" + (weeks + 1);
    }

    private static CellReference header(int col) {
        return new CellReference("Weekly demand", 0, col, true, true);
    }
}
