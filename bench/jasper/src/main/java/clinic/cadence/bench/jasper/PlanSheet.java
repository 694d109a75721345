package clinic.cadence.bench.jasper;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * One client's plan as the report's expressions read it ({@code $P{plan}.name()}), made from one
 * line of Cadence's plan dump: every text there is already worded, so this class only picks and
 * joins. Cadence's page is an HTML flow; Jasper's elements sit at fixed places, so the parts of
 * the page whose length varies become {@link Line}s of the report's detail section.
 */
public final class PlanSheet {
    /** Day chips per line of a month: as many as fit beside the month's name. */
    static final int CHIPS_PER_LINE = 9;

    private final JsonNode plan;
    private final JsonNode text;
    private final JsonNode weeks;
    /** Band starting at week w: its index in phaseBands, or -1. */
    private final int[] bandAt;

    public PlanSheet(JsonNode plan) {
        this.plan = plan;
        this.text = plan.get("text");
        this.weeks = plan.get("weeks");
        this.bandAt = new int[weeks.size()];
        java.util.Arrays.fill(bandAt, -1);
        int week = 0;
        JsonNode bands = plan.get("phaseBands");
        for (int b = 0; b < bands.size() && week < bandAt.length; b++) {
            bandAt[week] = b;
            week += bands.get(b).get("weeks").asInt();
        }
    }

    public String id() {
        return plan.get("id").asText();
    }

    public int weekCount() {
        return weeks.size();
    }

    // ---- letterhead, heading, facts, the phase now

    public boolean letterhead() {
        return plan.get("clinic").get("hasName").asBoolean() || !plan.get("clinic").get("contactLines").isEmpty();
    }

    public String clinicName() {
        return plan.get("clinic").get("name").asText();
    }

    public String contact() {
        List<String> lines = new ArrayList<>();
        plan.get("clinic").get("contactLines").forEach(l -> lines.add(l.asText()));
        return String.join(" · ", lines);
    }

    public String name() {
        return client("name");
    }

    public String text(String key) {
        return text.get(key).asText();
    }

    /** Plan date (bold) · client no. · therapist, as styled text. */
    public String facts() {
        StringBuilder s = new StringBuilder(160).append(xml(text("planDate"))).append(" <style isBold=\"true\">")
                .append(xml(plan.get("planDate").asText())).append("</style>").append(DOT)
                .append(xml(text("clientNo"))).append(' ').append(xml(client("id")));
        if (plan.get("client").get("hasTherapist").asBoolean()) {
            s.append(DOT).append(xml(text("yourTherapist"))).append(' ').append(xml(client("therapist")));
        }
        return s.toString();
    }

    public String sentence() {
        return plan.get("phase").get("sentence").asText();
    }

    /** The next-session line, or null when the plan suggests no session. */
    public String nextSession() {
        return plan.get("sessions").get("next").asText().isEmpty() ? null : text("nextSession");
    }

    // ---- the timeline

    public String weekLabel(int w) {
        JsonNode week = weeks.get(w);
        boolean dense = plan.get("timeline").get("dense").asBoolean();
        if (week.get("thisWeek").asBoolean() && !dense) {
            return text("thisWeek");
        }
        return week.get("labelled").asBoolean() ? week.get("label").asText() : "";
    }

    public int sessions(int w) {
        return weeks.get(w).get("sessions").asInt();
    }

    public String weekPhase(int w) {
        return weeks.get(w).get("phase").asText();
    }

    /** Weeks of the phase band that starts at week {@code w}, 0 when none starts there. */
    public int span(int w) {
        return bandAt[w] < 0 ? 0 : plan.get("phaseBands").get(bandAt[w]).get("weeks").asInt();
    }

    public String bandTitle(int w) {
        return bandAt[w] < 0 ? "" : plan.get("phaseBands").get(bandAt[w]).get("title").asText();
    }

    public String bandPhase(int w) {
        return bandAt[w] < 0 ? "" : plan.get("phaseBands").get(bandAt[w]).get("phase").asText();
    }

    /** "Week by week, ...: [mark] one suggested session; – a week without one." as styled text. */
    public String weekKey() {
        return xml(text("weekByWeek")) + " " + MARK + " " + xml(text("markMeans"))
                + " <style forecolor=\"#999999\">–</style> " + xml(text("dashMeans"));
    }

    // ---- the footer

    public String footer() {
        String clinic = plan.get("clinic").get("hasName").asBoolean() ? " · " + clinicName() : "";
        return name() + " · " + text("footer") + clinic;
    }

    /** "Page 3 of" (the words up to the page count, with the page number; the space before the count is the count's). */
    public String pageNow(int page) {
        return plan.get("pageNumber").asText().substring(0, pagesAt()).replace("{page}", Integer.toString(page));
    }

    /** " 7" and any words after the page count: evaluated when the report is done. */
    public String pageTotal(int pages) {
        return plan.get("pageNumber").asText().substring(pagesAt()).replace("{pages}", Integer.toString(pages));
    }

    private int pagesAt() {
        String words = plan.get("pageNumber").asText();
        int at = words.indexOf("{pages}");
        if (at < 0) {
            return words.length();
        }
        while (at > 0 && words.charAt(at - 1) == ' ') {
            at--;
        }
        return at;
    }

    // ---- the closing

    public String therapistLine() {
        return text("therapist") + (plan.get("client").get("hasTherapist").asBoolean() ? ": " + client("therapist") : "");
    }

    // ---- the parts of the page whose length varies, as the detail section's lines

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(40);
        lines.add(Line.heading(text("suggestedDates")));
        JsonNode months = plan.get("months");
        if (months.isEmpty()) {
            lines.add(Line.paragraph(text("noSessions")));
        } else {
            for (JsonNode month : months) {
                JsonNode sessions = month.get("sessions");
                for (int from = 0; from < sessions.size(); from += CHIPS_PER_LINE) {
                    int to = Math.min(sessions.size(), from + CHIPS_PER_LINE);
                    String[] days = new String[to - from];
                    String[] phases = new String[to - from];
                    for (int i = from; i < to; i++) {
                        days[i - from] = sessions.get(i).get("day").asText();
                        phases[i - from] = sessions.get(i).get("phase").asText();
                    }
                    lines.add(Line.month(from == 0 ? month.get("name").asText() : "", days, phases, to == sessions.size()));
                }
            }
            JsonNode legend = plan.get("legend");
            String[] titles = new String[legend.size()];
            String[] phases = new String[legend.size()];
            for (int i = 0; i < titles.length; i++) {
                titles[i] = legend.get(i).get("title").asText();
                phases[i] = legend.get(i).get("phase").asText();
            }
            lines.add(Line.legend(text("key"), titles, phases, "· " + text("booking")));
        }
        JsonNode notes = plan.get("notes");
        if (!notes.isEmpty()) {
            lines.add(Line.of(Line.NOTES, text("goodToKnow")));
            notes.forEach(n -> lines.add(Line.of(Line.NOTE, n.asText())));
            lines.add(Line.of(Line.NOTES_END, ""));
        }
        lines.add(Line.heading(text("whatNext")));
        plan.get("next").forEach(n -> lines.add(Line.of(Line.BULLET, n.asText())));
        lines.add(Line.heading(text("why")));
        JsonNode reasons = plan.get("reasons");
        if (reasons.isEmpty()) {
            lines.add(Line.paragraph(text("usualRhythm")));
        }
        reasons.forEach(r -> lines.add(Line.reason(r.get("rule").asText(), r.get("text").asText())));
        lines.add(Line.of(Line.CLOSING, plan.get("discuss").asText()));
        return lines;
    }

    private String client(String key) {
        return plan.get("client").get(key).asText();
    }

    private static final String DOT = " <style forecolor=\"#888888\"> · </style> ";
    /** A session's mark: a small dark square, drawn as the background of a few small spaces. */
    private static final String MARK = "<style size=\"5\" backcolor=\"#1D1D1D\">   </style>";

    private static String xml(String s) {
        return JRStringUtil.xmlEncode(s);
    }
}
