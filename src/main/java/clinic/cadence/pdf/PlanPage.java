package clinic.cadence.pdf;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Session;
import clinic.cadence.rules.Paper;
import clinic.cadence.rules.Settings;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one plan's page says, as the simple data the template receives: strings, numbers, booleans
 * and lists, every variable listed in templates/README.md. All wording for the client lives here
 * (or in the template), so the template holds no logic beyond loops.
 */
final class PlanPage {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** Past this many weeks the timeline's columns are too narrow for every label and mark. */
    private static final int DENSE_WEEKS = 16;

    private final Plan plan;
    private final Settings settings;
    private final Typefaces typefaces;

    private PlanPage(Plan plan, Settings settings, Typefaces typefaces) {
        this.plan = plan;
        this.settings = settings;
        this.typefaces = typefaces;
    }

    static Map<String, Object> of(Plan plan, Settings settings, Typefaces typefaces) {
        return new PlanPage(plan, settings, typefaces).model();
    }

    private Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clinic", map("name", roster(settings.clinicName()), "hasName", settings.hasClinicName(),
                "contactLines", settings.contactLines().stream().map(this::roster).toList()));
        Client client = plan.client();
        m.put("client", map("name", roster(client.displayName()), "id", roster(client.id()),
                "therapist", roster(client.therapist()), "hasTherapist", !client.therapist().isBlank()));
        m.put("planDate", plan.asOf().format(LONG));
        m.put("phase", map("now", plan.phaseNow().label(), "title", title(plan.phaseNow()),
                "sentence", phaseSentence()));
        m.put("window", map("from", plan.windowStart().format(LONG), "to", plan.windowEnd().format(LONG),
                "weeks", weekCount()));
        m.put("weeks", weeks());
        m.put("timeline", map("dense", weekCount() > DENSE_WEEKS));
        m.put("phaseBands", phaseBands());
        m.put("legend", plan.timeline().stream().map(PhaseSpan::phase).distinct()
                .map(p -> map("phase", p.label(), "title", title(p))).toList());
        m.put("months", months());
        m.put("sessions", map("count", plan.sessions().size(), "minutes", client.sessionMinutes(),
                "next", plan.nextSession().map(s -> s.date().format(WEEKDAY_LONG)).orElse("")));
        m.put("maintenanceWeeks", plan.maintenanceIntervalWeeks());
        m.put("reasons", plan.rationale().stream().map(this::reason).toList());
        m.put("notes", plan.flags().stream().map(PlanPage::note).toList());
        m.put("next", whatComesNext());
        m.put("discuss", discussLine());
        m.put("page", map("size", settings.paper() == Paper.LETTER ? "letter" : "A4"));
        return m;
    }

    /** Text from the roster or settings, as safe markup (escaped; CJK runs in the CJK font). */
    private TemplateHTMLOutputModel roster(String text) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(typefaces.lettering(text));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static String title(Phase phase) {
        String label = phase.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    // ---- the phase now, in one sentence

    private String phaseSentence() {
        String sentence = switch (plan.phaseNow()) {
            case INTENSIVE -> "You are in the intensive phase: " + perWeek(thisWeekSessions()) + " a week"
                    + until(currentSpan()) + ".";
            case TAPER -> "You are in the taper phase: your sessions ease off" + until(currentSpan())
                    + ", then settle into maintenance every " + weeks(plan.maintenanceIntervalWeeks()) + ".";
            case MAINTENANCE -> "You are in the maintenance phase: one session every "
                    + weeks(plan.maintenanceIntervalWeeks()) + " to keep your back in good shape.";
            case REVIEW -> "Your plan is being reviewed: one session a week while your therapist checks "
                    + "how your back is responding.";
        };
        if (plan.sessions().isEmpty()) {
            return sentence + " No sessions are suggested in these weeks yet; your therapist will go "
                    + "through this with you.";
        }
        return sentence;
    }

    private int thisWeekSessions() {
        if (plan.sessionsThisWeek() != null) {
            return plan.sessionsThisWeek();
        }
        LocalDate end = plan.windowStart().plusDays(7);
        return (int) plan.sessions().stream().filter(s -> s.date().isBefore(end)).count();
    }

    private static String perWeek(int n) {
        return n == 1 ? "1 session" : n + " sessions";
    }

    private static String weeks(int n) {
        return n == 1 ? "week" : n + " weeks";
    }

    private String until(Optional<PhaseSpan> span) {
        if (span.isEmpty() || span.get().end() == null || span.get().end().isAfter(plan.windowEnd())) {
            return " for now";
        }
        return " until " + dayMonth(span.get().end());
    }

    /** "14 December", with the year only when it is not the plan's year. */
    private String dayMonth(LocalDate date) {
        return date.getYear() == plan.asOf().getYear() ? date.format(DAY_MONTH) : date.format(LONG);
    }

    private Optional<PhaseSpan> currentSpan() {
        return plan.timeline().stream().filter(s -> covers(s, plan.asOf()) && s.phase() == plan.phaseNow())
                .findFirst()
                .or(() -> plan.timeline().stream().filter(s -> s.phase() == plan.phaseNow()).findFirst());
    }

    private static boolean covers(PhaseSpan span, LocalDate day) {
        return !day.isBefore(span.start()) && (span.end() == null || !day.isAfter(span.end()));
    }

    // ---- the timeline: weeks across, sessions as marks, phases as labelled bands

    private int weekCount() {
        return (int) (ChronoUnit.DAYS.between(plan.windowStart(), plan.windowEnd()) + 1) / 7;
    }

    private Phase phaseOfWeek(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        for (PhaseSpan span : plan.timeline()) {
            if (covers(span, monday)) {
                return span.phase();
            }
        }
        for (PhaseSpan span : plan.timeline()) {
            if (!span.start().isAfter(sunday) && (span.end() == null || !span.end().isBefore(monday))) {
                return span.phase();
            }
        }
        return plan.phaseNow();
    }

    private List<Map<String, Object>> weeks() {
        List<Map<String, Object>> weeks = new ArrayList<>();
        int labelEvery = (weekCount() + DENSE_WEEKS - 1) / DENSE_WEEKS * (weekCount() > DENSE_WEEKS ? 2 : 1);
        for (int w = 0; w < weekCount(); w++) {
            LocalDate monday = plan.windowStart().plusWeeks(w);
            LocalDate next = monday.plusWeeks(1);
            int sessions = (int) plan.sessions().stream()
                    .filter(s -> !s.date().isBefore(monday) && s.date().isBefore(next)).count();
            Phase phase = phaseOfWeek(monday);
            weeks.add(map("label", monday.format(SHORT), "sessions", sessions,
                    "marks", java.util.Collections.nCopies(sessions, "session"),
                    "phase", phase.label(), "thisWeek", w == 0, "labelled", w % labelEvery == 0));
        }
        return weeks;
    }

    private List<Map<String, Object>> phaseBands() {
        List<Map<String, Object>> bands = new ArrayList<>();
        Phase current = null;
        LocalDate from = null;
        int span = 0;
        for (int w = 0; w < weekCount(); w++) {
            LocalDate monday = plan.windowStart().plusWeeks(w);
            Phase phase = phaseOfWeek(monday);
            if (phase != current && current != null) {
                bands.add(band(current, span, from, monday.minusDays(1)));
                span = 0;
            }
            if (phase != current) {
                current = phase;
                from = monday;
            }
            span++;
        }
        if (current != null) {
            bands.add(band(current, span, from, plan.windowEnd()));
        }
        return bands;
    }

    private static Map<String, Object> band(Phase phase, int weeks, LocalDate from, LocalDate to) {
        return map("phase", phase.label(), "title", title(phase), "weeks", weeks,
                "dates", from.format(SHORT) + " – " + to.format(SHORT));
    }

    // ---- the suggested dates, month by month like a calendar list

    private List<Map<String, Object>> months() {
        Map<YearMonth, List<Map<String, Object>>> byMonth = new LinkedHashMap<>();
        for (Session s : plan.sessions()) {
            byMonth.computeIfAbsent(YearMonth.from(s.date()), k -> new ArrayList<>())
                    .add(map("day", s.date().format(WEEKDAY_DAY), "date", s.date().toString(),
                            "phase", s.phase().label(), "title", title(s.phase())));
        }
        List<Map<String, Object>> months = new ArrayList<>();
        byMonth.forEach((month, sessions) -> months.add(map("name", month.format(MONTH), "sessions", sessions,
                "count", sessions.size())));
        return months;
    }

    // ---- why, notes for the client, what comes next

    /** Rule texts come from the clinic's rulebook file, in whatever language it is written. */
    private Map<String, Object> reason(Reason reason) {
        return map("rule", roster(reason.ruleId()), "text", roster(reason.text()));
    }

    /** A flag in the client's words: what it means for them, never alarming. */
    static String note(Flag flag) {
        return switch (flag.kind()) {
            case THERAPIST_REVIEW -> "Your therapist will review this plan with you at your next visit, "
                    + "to make sure it still suits how your back is responding.";
            case AVAILABILITY_LIMITED -> "The days you can come leave room for " + sessionsCount(flag.sessions())
                    + " fewer than suggested over these weeks. Your therapist will review this plan with you; "
                    + "an extra day now and then would let it run in full.";
            case BUDGET_LIMITED -> "To keep within your monthly number of sessions, " + sessionsCount(flag.sessions())
                    + " suggested in these weeks " + (flag.sessions() == 1 ? "is" : "are")
                    + " left out. Your therapist will review this plan with you.";
        };
    }

    private static String sessionsCount(int n) {
        return n == 1 ? "1 session" : n + " sessions";
    }

    private List<String> whatComesNext() {
        List<String> lines = new ArrayList<>();
        int m = plan.maintenanceIntervalWeeks();
        for (PhaseSpan span : plan.timeline()) {
            if (!span.start().isAfter(plan.asOf())) {
                continue; // the phase now, or one already past
            }
            lines.add("From " + span.start().format(WEEKDAY_LONG) + ": " + switch (span.phase()) {
                case INTENSIVE -> "intensive sessions to settle the pain.";
                case TAPER -> taper(span);
                case MAINTENANCE -> "maintenance, one session every " + weeks(m) + " to keep the gains.";
                case REVIEW -> "one session a week while your therapist reviews your plan.";
            });
        }
        if (lines.isEmpty()) {
            lines.add(switch (plan.phaseNow()) {
                case MAINTENANCE -> "Maintenance carries on: one session every " + weeks(m)
                        + ". Your therapist will adjust the interval as your back changes.";
                case REVIEW -> "After the review, your therapist will agree the next phase with you.";
                case INTENSIVE, TAPER -> "After these weeks: your sessions ease off, then maintenance every "
                        + weeks(m) + ".";
            });
        } else if (plan.timeline().stream().noneMatch(s -> s.phase() == Phase.MAINTENANCE)
                && plan.phaseNow() != Phase.REVIEW) {
            lines.add("Then maintenance: one session every " + weeks(m) + ".");
        }
        return lines;
    }

    /**
     * The taper as this plan has it, not as the default rulebook would: the clinic may change the
     * gap, and a budget or the client's days may have taken the taper's sessions out.
     */
    private String taper(PhaseSpan span) {
        LocalDate lastSession = plan.sessions().stream().map(s -> s.date()).filter(d -> covers(span, d))
                .reduce((a, b) -> b).orElse(null);
        LocalDate pauseFrom = lastSession == null ? span.start()
                : lastSession.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate end = span.end() == null ? plan.windowEnd() : span.end();
        int pauseWeeks = (int) ChronoUnit.WEEKS.between(pauseFrom, end.plusDays(1));
        String pause = pauseWeeks <= 0 ? "" : "a pause of " + weeks(pauseWeeks) + ", so your back can show how it holds up";
        if (lastSession == null) {
            return pause.isEmpty() ? "your sessions ease off." : pause + ".";
        }
        return "your sessions ease to one a week" + (pause.isEmpty() ? "." : ", then " + pause + ".");
    }

    private String discussLine() {
        return "This plan is a starting point, not a fixed rule. Please talk it over with your therapist: "
                + "together you can adjust it as your back responds.";
    }
}
