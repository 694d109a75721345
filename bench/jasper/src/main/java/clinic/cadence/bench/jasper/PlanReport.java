package clinic.cadence.bench.jasper;

import java.awt.Color;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignConditionalStyle;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignEllipse;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignRectangle;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/**
 * Cadence's plan page (templates/plan.ftlh and plan.css) as a JasperReports design, built with
 * Jasper's design API and compiled once per run; the compiled report is shared by all threads.
 *
 * <p>A4, Cadence's margins (12 mm top, 16 mm sides, the footer in the bottom 14 mm), Liberation
 * Sans (the font extension in jasperreports_extension.properties). The title band holds the parts
 * of fixed shape (letterhead, heading, facts, the phase now, the 12-week timeline); the detail
 * section has one band per kind of {@link Line} for the parts whose length varies.
 */
final class PlanReport {
    static final int WEEKS = 12;
    private static final int PAGE_WIDTH = 595;
    private static final int PAGE_HEIGHT = 842;
    private static final int SIDE = 45;
    private static final int WIDTH = PAGE_WIDTH - 2 * SIDE;
    private static final int WEEK = WIDTH / WEEKS;
    private static final int MAX_MARKS = 4;
    private static final int CHIP = 38;
    private static final int MONTH_NAME = 131;

    private static final Color INK = new Color(0x1d1d1d);
    private static final Color TEAL = new Color(0x1f4e52);
    private static final Color GREY = new Color(0x444444);
    private static final Color FOOT = new Color(0x555555);
    private static final String FONT = "Liberation Sans";

    private final JasperDesign design = new JasperDesign();
    private int ids;

    private PlanReport() {
    }

    /** The compiled report (Jasper's JDT compiler turns the expressions into one class). */
    static JasperReport compile() throws JRException {
        return JasperCompileManager.compileReport(new PlanReport().design());
    }

    private JasperDesign design() throws JRException {
        design.setName("cadence-plan");
        design.setPageWidth(PAGE_WIDTH);
        design.setPageHeight(PAGE_HEIGHT);
        design.setColumnWidth(WIDTH);
        design.setLeftMargin(SIDE);
        design.setRightMargin(PAGE_WIDTH - SIDE - WIDTH);
        design.setTopMargin(34);
        design.setBottomMargin(14);
        design.addImport(Line.class.getName());
        JRDesignStyle base = new JRDesignStyle();
        base.setName("base");
        base.setDefault(true);
        base.setFontName(FONT);
        base.setFontSize(9.5f);
        base.setForecolor(INK);
        design.addStyle(base);

        JRDesignParameter plan = new JRDesignParameter();
        plan.setName("plan");
        plan.setValueClass(PlanSheet.class);
        design.addParameter(plan);
        JRDesignField line = new JRDesignField();
        line.setName("line");
        line.setValueClass(Line.class);
        design.addField(line);

        design.setTitle(title());
        JRDesignSection detail = (JRDesignSection) design.getDetailSection();
        detail.addBand(heading());
        detail.addBand(month());
        detail.addBand(legend());
        detail.addBand(paragraph());
        detail.addBand(notes());
        detail.addBand(note());
        detail.addBand(notesEnd());
        detail.addBand(bullet());
        detail.addBand(reason());
        detail.addBand(closing());
        design.setPageFooter(footer());
        return design;
    }

    // ---- the title band: letterhead, heading, facts, the phase now, the timeline

    private JRDesignBand title() throws JRException {
        JRDesignBand band = new JRDesignBand();
        int y = 0;
        JRDesignFrame letterhead = frame(0, y, WIDTH, 24);
        letterhead.setPrintWhenExpression(expr("$P{plan}.letterhead()"));
        letterhead.setRemoveLineWhenBlank(true);
        letterhead.getLineBox().getBottomPen().setLineWidth(1.5f);
        letterhead.getLineBox().getBottomPen().setLineColor(TEAL);
        JRDesignTextField clinic = text(0, 0, 300, 19, "$P{plan}.clinicName()", 15f);
        clinic.setBold(true);
        clinic.setForecolor(TEAL);
        letterhead.addElement(clinic);
        JRDesignTextField contact = text(300, 0, WIDTH - 300, 19, "$P{plan}.contact()", 8.5f);
        contact.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        contact.setVerticalTextAlign(VerticalTextAlignEnum.BOTTOM);
        contact.setForecolor(GREY);
        letterhead.addElement(contact);
        band.addElement(letterhead);
        y += 30;

        JRDesignTextField name = text(0, y, 330, 19, "$P{plan}.name()", 15f);
        name.setBold(true);
        band.addElement(name);
        JRDesignTextField title = text(330, y + 2, WIDTH - 330, 17, "$P{plan}.text(\"title\")", 13f);
        title.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        title.setForecolor(TEAL);
        band.addElement(title);
        y += 20;
        JRDesignTextField facts = text(0, y, WIDTH, 13, "$P{plan}.facts()", 9f);
        facts.setMarkup("styled");
        facts.setForecolor(GREY);
        band.addElement(facts);
        y += 18;

        // the phase now: a shaded box with a thick rule on its left
        JRDesignFrame now = frame(0, y, WIDTH, 34);
        now.setMode(ModeEnum.OPAQUE);
        now.setBackcolor(new Color(0xeef4f3));
        now.getLineBox().getLeftPen().setLineWidth(4f);
        now.getLineBox().getLeftPen().setLineColor(TEAL);
        now.getLineBox().setTopPadding(5);
        now.getLineBox().setBottomPadding(5);
        JRDesignTextField sentence = stretching(10, 0, WIDTH - 20, 14, "$P{plan}.sentence()", 11f);
        sentence.setBold(true);
        now.addElement(sentence);
        JRDesignTextField next = stretching(10, 17, WIDTH - 20, 12, "$P{plan}.nextSession()", 9.5f);
        next.setPrintWhenExpression(expr("$P{plan}.nextSession() != null"));
        next.setRemoveLineWhenBlank(true);
        now.addElement(floating(next));
        band.addElement(now);
        y += 36;

        band.addElement(floating(h2(y, "$P{plan}.text(\"glance\")")));
        y += 24;
        y = timeline(band, y);
        JRDesignTextField key = floating(text(0, y + 3, WIDTH, 11, "$P{plan}.weekKey()", 8f));
        key.setMarkup("styled");
        key.setForecolor(FOOT);
        band.addElement(key);
        band.setHeight(y + 16);
        return band;
    }

    /** Week labels, phase bands (a band spans its weeks), marks: a square per session, a dash for none. */
    private int timeline(JRDesignBand band, int y) throws JRException {
        for (int w = 0; w < WEEKS; w++) {
            JRDesignTextField label = text(w * WEEK, y, WEEK, 13, "$P{plan}.weekLabel(" + w + ")", 7.5f);
            label.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            label.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
            label.setForecolor(GREY);
            if (w == 0) {
                label.setFontSize(6.5f);
                label.setBold(true);
                label.setForecolor(INK);
            }
            label.getLineBox().getBottomPen().setLineWidth(0.6f);
            label.getLineBox().getBottomPen().setLineColor(new Color(0x888888));
            band.addElement(floating(label));
        }
        y += 14;
        // Jasper places elements at design time: a field for every band a week could start and every
        // length it could have, each printed only when the plan has that band.
        for (int w = 0; w < WEEKS; w++) {
            JRDesignStyle style = phaseStyle("band" + w, "$P{plan}.bandPhase(" + w + ")", false);
            for (int span = 1; w + span <= WEEKS; span++) {
                JRDesignTextField field = text(w * WEEK, y, span * WEEK, 16, "$P{plan}.bandTitle(" + w + ")", 8.5f);
                field.setStyle(style);
                field.setBold(true);
                field.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
                field.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
                field.setPrintWhenExpression(expr("$P{plan}.span(" + w + ") == " + span));
                band.addElement(floating(field));
            }
        }
        y += 16;
        for (int w = 0; w < WEEKS; w++) {
            // the week's shade as a rectangle behind it: an empty text field draws no background
            JRDesignRectangle shade = new JRDesignRectangle();
            shade.setX(w * WEEK);
            shade.setY(y);
            shade.setWidth(WEEK);
            shade.setHeight(18);
            shade.setStyle(phaseStyle("week" + w, "$P{plan}.weekPhase(" + w + ")", true));
            shade.getLinePen().setLineWidth(0f);
            band.addElement(floating(shade));
            JRDesignTextField cell = text(w * WEEK, y, WEEK, 18, "$P{plan}.sessions(" + w + ") == 0 ? \"–\" : \"\"", 9.5f);
            cell.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            cell.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
            cell.setForecolor(new Color(0x999999));
            JRLineBox box = cell.getLineBox();
            box.getLeftPen().setLineWidth(0.4f);
            box.getLeftPen().setLineColor(new Color(0xbbbbbb));
            box.getRightPen().setLineWidth(0.4f);
            box.getRightPen().setLineColor(new Color(0xbbbbbb));
            box.getBottomPen().setLineWidth(0.6f);
            box.getBottomPen().setLineColor(new Color(0x888888));
            band.addElement(floating(cell));
            for (int n = 1; n <= MAX_MARKS; n++) {
                for (int k = 0; k < n; k++) {
                    JRDesignRectangle mark = new JRDesignRectangle();
                    mark.setX(w * WEEK + (WEEK - 8 * n) / 2 + 8 * k + 1);
                    mark.setY(y + 6);
                    mark.setWidth(6);
                    mark.setHeight(6);
                    mark.setMode(ModeEnum.OPAQUE);
                    mark.setBackcolor(INK);
                    mark.getLinePen().setLineWidth(0f);
                    mark.setPrintWhenExpression(expr(n == MAX_MARKS ? "$P{plan}.sessions(" + w + ") >= " + n
                            : "$P{plan}.sessions(" + w + ") == " + n));
                    band.addElement(floating(mark));
                }
            }
        }
        return y + 18;
    }

    // ---- the detail bands, one per kind of line

    private JRDesignBand heading() {
        JRDesignBand band = kind(Line.HEADING, 24);
        band.addElement(h2(0, "$F{line}.text()"));
        return band;
    }

    private JRDesignBand month() throws JRException {
        JRDesignBand band = kind(Line.MONTH, 16);
        JRDesignTextField name = text(0, 1, MONTH_NAME, 14, "$F{line}.label()", 9.5f);
        name.setBold(true);
        band.addElement(name);
        for (int k = 0; k < PlanSheet.CHIPS_PER_LINE; k++) {
            JRDesignTextField chip = chip(MONTH_NAME + k * (CHIP + 3), 2, CHIP, 12, "$F{line}.chip(" + k + ")", 8.5f,
                    phaseStyle("chip" + k, "$F{line}.phase(" + k + ")", false));
            chip.setPrintWhenExpression(expr("$F{line}.chips() > " + k));
            band.addElement(chip);
        }
        JRDesignLine rule = new JRDesignLine();
        rule.setX(0);
        rule.setY(15);
        rule.setWidth(WIDTH);
        rule.setHeight(0);
        rule.getLinePen().setLineWidth(0.4f);
        rule.getLinePen().setLineColor(new Color(0xcccccc));
        rule.setPrintWhenExpression(expr("$F{line}.last()"));
        band.addElement(rule);
        return band;
    }

    private JRDesignBand legend() throws JRException {
        JRDesignBand band = kind(Line.LEGEND, 16);
        JRDesignTextField key = text(0, 3, 26, 11, "$F{line}.label()", 8f);
        key.setForecolor(FOOT);
        band.addElement(key);
        int x = 26;
        for (int k = 0; k < 4; k++) {
            JRDesignTextField chip = chip(x + k * 62, 3, 58, 11, "$F{line}.chip(" + k + ")", 7.5f,
                    phaseStyle("legend" + k, "$F{line}.phase(" + k + ")", false));
            chip.setPrintWhenExpression(expr("$F{line}.chips() > " + k));
            band.addElement(chip);
        }
        // the booking words right after the last chip: one field for each number of chips
        for (int n = 1; n <= 4; n++) {
            JRDesignTextField booking = stretching(x + n * 62, 3, WIDTH - x - n * 62, 11, "$F{line}.text()", 8f);
            booking.setForecolor(FOOT);
            booking.setPrintWhenExpression(expr(n == 4 ? "$F{line}.chips() >= 4" : "$F{line}.chips() == " + n));
            band.addElement(booking);
        }
        return band;
    }

    private JRDesignBand paragraph() {
        JRDesignBand band = kind(Line.PARAGRAPH, 16);
        band.addElement(stretching(0, 0, WIDTH, 12, "$F{line}.text()", 9.5f));
        return band;
    }

    /** "Good to know": a shaded, bordered box made of its heading, its notes and its end. */
    private JRDesignBand notes() {
        JRDesignBand band = kind(Line.NOTES, 24);
        JRDesignFrame box = notesBox(6, 18);
        box.getLineBox().getTopPen().setLineWidth(0.8f);
        JRDesignTextField h = text(10, 3, WIDTH - 20, 14, "$F{line}.text()", 11f);
        h.setBold(true);
        h.setForecolor(TEAL);
        box.addElement(h);
        band.addElement(box);
        return band;
    }

    private JRDesignBand note() {
        JRDesignBand band = kind(Line.NOTE, 14);
        JRDesignFrame box = notesBox(0, 14);
        box.addElement(stretching(10, 0, WIDTH - 20, 12, "$F{line}.text()", 9.5f));
        band.addElement(box);
        return band;
    }

    private JRDesignBand notesEnd() {
        JRDesignBand band = kind(Line.NOTES_END, 3);
        JRDesignFrame box = notesBox(0, 3);
        box.getLineBox().getBottomPen().setLineWidth(0.8f);
        band.addElement(box);
        return band;
    }

    private JRDesignFrame notesBox(int y, int height) {
        JRDesignFrame box = frame(0, y, WIDTH, height);
        box.setMode(ModeEnum.OPAQUE);
        box.setBackcolor(new Color(0xf6f9f8));
        JRLineBox lines = box.getLineBox();
        for (var pen : new net.sf.jasperreports.engine.base.JRBoxPen[] {lines.getLeftPen(), lines.getRightPen(),
            lines.getTopPen(), lines.getBottomPen()}) {
            pen.setLineColor(new Color(0x9bb7b4));
            pen.setLineWidth(0f);
        }
        lines.getLeftPen().setLineWidth(0.8f);
        lines.getRightPen().setLineWidth(0.8f);
        return box;
    }

    private JRDesignBand bullet() {
        JRDesignBand band = kind(Line.BULLET, 13);
        JRDesignEllipse disc = new JRDesignEllipse(null); // drawn, not a character: as Cadence's list bullet
        disc.setX(4);
        disc.setY(4);
        disc.setWidth(4);
        disc.setHeight(4);
        disc.setMode(ModeEnum.OPAQUE);
        disc.setBackcolor(INK);
        disc.getLinePen().setLineWidth(0f);
        band.addElement(disc);
        band.addElement(stretching(12, 0, WIDTH - 12, 12, "$F{line}.text()", 9.5f));
        return band;
    }

    private JRDesignBand reason() {
        JRDesignBand band = kind(Line.REASON, 13);
        JRDesignTextField rule = text(0, 0, 22, 11, "$F{line}.label()", 8.5f);
        rule.setBold(true);
        rule.setForecolor(TEAL);
        band.addElement(rule);
        band.addElement(stretching(22, 0, WIDTH - 22, 11, "$F{line}.text()", 8.5f));
        return band;
    }

    /** The discuss paragraph and the signature lines, kept together on one page. */
    private JRDesignBand closing() {
        JRDesignBand band = kind(Line.CLOSING, 56);
        band.setSplitType(SplitTypeEnum.PREVENT);
        JRDesignTextField discuss = stretching(0, 6, WIDTH, 11, "$F{line}.text()", 9f);
        discuss.setItalic(true);
        band.addElement(discuss);
        int y = 20;
        band.addElement(floating(rule(0, y + 16, WIDTH * 58 / 100)));
        band.addElement(floating(rule(WIDTH * 70 / 100, y + 16, WIDTH - WIDTH * 70 / 100)));
        JRDesignTextField therapist = text(0, y + 18, WIDTH * 58 / 100, 11, "$P{plan}.therapistLine()", 8.5f);
        therapist.setForecolor(GREY);
        band.addElement(floating(therapist));
        JRDesignTextField date = text(WIDTH * 70 / 100, y + 18, WIDTH * 30 / 100, 11, "$P{plan}.text(\"date\")", 8.5f);
        date.setForecolor(GREY);
        band.addElement(floating(date));
        return band;
    }

    /** "name · plan of date · clinic" left, "Page N of M" right, on every page. */
    private JRDesignBand footer() {
        JRDesignBand band = new JRDesignBand();
        band.setHeight(26);
        JRDesignTextField who = text(0, 8, 391, 11, "$P{plan}.footer()", 8f);
        who.setForecolor(FOOT);
        band.addElement(who);
        JRDesignTextField now = text(391, 8, WIDTH - 391 - 12, 11, "$P{plan}.pageNow($V{PAGE_NUMBER})", 8f);
        now.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        now.setForecolor(FOOT);
        band.addElement(now);
        JRDesignTextField total = text(WIDTH - 12, 8, 12, 11, "$P{plan}.pageTotal($V{PAGE_NUMBER})", 8f);
        total.setEvaluationTime(EvaluationTimeEnum.REPORT);
        total.setForecolor(FOOT);
        band.addElement(total);
        return band;
    }

    // ---- building blocks

    private JRDesignBand kind(String kind, int height) {
        JRDesignBand band = new JRDesignBand();
        band.setHeight(height);
        band.setSplitType(SplitTypeEnum.STRETCH);
        band.setPrintWhenExpression(expr("$F{line}.is(Line." + kind.replaceAll("([A-Z])", "_$1").toUpperCase() + ")"));
        return band;
    }

    private JRDesignTextField h2(int y, String expression) {
        JRDesignTextField h = text(0, y + 6, WIDTH, 15, expression, 11f);
        h.setBold(true);
        h.setForecolor(TEAL);
        h.getLineBox().getBottomPen().setLineWidth(0.6f);
        h.getLineBox().getBottomPen().setLineColor(new Color(0x9bb7b4));
        h.getLineBox().setBottomPadding(2);
        return h;
    }

    private JRDesignTextField chip(int x, int y, int width, int height, String expression, float size,
            JRDesignStyle style) {
        JRDesignTextField chip = text(x, y, width, height, expression, size);
        chip.setStyle(style);
        chip.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        chip.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        return chip;
    }

    /**
     * A style whose colours and border follow a phase (plan.css's .phase-* and .phase-*-light):
     * shade AND border differ, so phases still read in black and white.
     */
    private JRDesignStyle phaseStyle(String name, String phase, boolean light) throws JRException {
        JRDesignStyle style = new JRDesignStyle();
        style.setName(name);
        style.setFontName(FONT);
        style.setMode(ModeEnum.OPAQUE);
        style.setBackcolor(Color.WHITE);
        style.setForecolor(INK);
        if (!light) {
            style.getLineBox().getPen().setLineWidth(0.8f);
            style.getLineBox().getPen().setLineColor(INK);
        }
        String[][] phases = light
                ? new String[][] {{"intensive", "dbe7e6"}, {"taper", "eef4f3"}}
                : new String[][] {{"intensive", "1f4e52"}, {"taper", "8fb8b4"}, {"maintenance", "e3eeec"}, {"review", "ffffff"}};
        for (String[] p : phases) {
            JRDesignConditionalStyle when = new JRDesignConditionalStyle();
            when.setConditionExpression(expr("\"" + p[0] + "\".equals(" + phase + ")"));
            when.setMode(ModeEnum.OPAQUE);
            when.setBackcolor(new Color(Integer.parseInt(p[1], 16)));
            if (!light && p[0].equals("intensive")) {
                when.setForecolor(Color.WHITE);
            }
            if (!light && p[0].equals("taper")) {
                when.getLineBox().getPen().setLineStyle(LineStyleEnum.DASHED);
            }
            if (!light && p[0].equals("review")) {
                when.getLineBox().getPen().setLineStyle(LineStyleEnum.DOTTED);
                when.getLineBox().getPen().setLineWidth(1.5f);
            }
            style.addConditionalStyle(when);
        }
        design.addStyle(style);
        return style;
    }

    private JRDesignTextField text(int x, int y, int width, int height, String expression, float size) {
        JRDesignTextField field = new JRDesignTextField();
        field.setX(x);
        field.setY(y);
        field.setWidth(width);
        field.setHeight(height);
        field.setExpression(expr(expression));
        field.setFontSize(size);
        field.setBlankWhenNull(true);
        return field;
    }

    private JRDesignTextField stretching(int x, int y, int width, int height, String expression, float size) {
        JRDesignTextField field = text(x, y, width, height, expression, size);
        field.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        return field;
    }

    private static <E extends JRDesignElement> E floating(E element) {
        element.setPositionType(PositionTypeEnum.FLOAT);
        return element;
    }

    private static JRDesignFrame frame(int x, int y, int width, int height) {
        JRDesignFrame frame = new JRDesignFrame();
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(width);
        frame.setHeight(height);
        return frame;
    }

    private static JRDesignLine rule(int x, int y, int width) {
        JRDesignLine line = new JRDesignLine();
        line.setX(x);
        line.setY(y);
        line.setWidth(width);
        line.setHeight(0);
        line.getLinePen().setLineWidth(0.8f);
        line.getLinePen().setLineColor(INK);
        return line;
    }

    private JRDesignExpression expr(String text) {
        return new JRDesignExpression(text);
    }
}
