package clinic.cadence.bench.jasper;

import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * One row of the report's detail section: a heading, a month of suggested dates, the key, a note,
 * a bullet, a reason or the closing. The report has a detail band per kind, each printed only for
 * its own kind; the band's elements read the row through {@code $F{line}}.
 */
public final class Line {
    public static final String HEADING = "heading";
    public static final String MONTH = "month";
    public static final String LEGEND = "legend";
    public static final String PARAGRAPH = "paragraph";
    public static final String NOTES = "notes";
    public static final String NOTE = "note";
    public static final String NOTES_END = "notesEnd";
    public static final String BULLET = "bullet";
    public static final String REASON = "reason";
    public static final String CLOSING = "closing";

    private final String kind;
    private final String text;
    private final String label;
    private final String[] chips;
    private final String[] phases;
    private final boolean last;

    private Line(String kind, String label, String text, String[] chips, String[] phases, boolean last) {
        this.kind = kind;
        this.label = label;
        this.text = text;
        this.chips = chips;
        this.phases = phases;
        this.last = last;
    }

    static Line of(String kind, String text) {
        return new Line(kind, "", text, NONE, NONE, false);
    }

    static Line heading(String text) {
        return of(HEADING, text);
    }

    static Line paragraph(String text) {
        return of(PARAGRAPH, text);
    }

    static Line reason(String rule, String text) {
        return new Line(REASON, rule, text, NONE, NONE, false);
    }

    /** A line of a month's day chips; the month's name on its first line only; {@code last}: the month's last line. */
    static Line month(String name, String[] days, String[] phases, boolean last) {
        return new Line(MONTH, name, "", days, phases, last);
    }

    static Line legend(String key, String[] titles, String[] phases, String booking) {
        return new Line(LEGEND, key, booking, titles, phases, false);
    }

    public boolean is(String kind) {
        return this.kind.equals(kind);
    }

    public String text() {
        return text;
    }

    public String label() {
        return label;
    }

    public int chips() {
        return chips.length;
    }

    public String chip(int i) {
        return i < chips.length ? chips[i] : "";
    }

    public String phase(int i) {
        return i < phases.length ? phases[i] : "";
    }

    public boolean last() {
        return last;
    }

    private static final String[] NONE = {};

    /** The lines as the report's data source: one field, {@code line}. */
    static JRDataSource source(List<Line> lines) {
        return new JRDataSource() {
            private int next = -1;

            @Override
            public boolean next() {
                return ++next < lines.size();
            }

            @Override
            public Object getFieldValue(JRField field) {
                return lines.get(next);
            }
        };
    }
}
