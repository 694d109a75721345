package clinic.cadence.pdf;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Count;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Session;
import clinic.cadence.rules.Paper;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Wording;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * and lists, every variable listed in templates/README.md. Every word comes from the plan's
 * catalogue through {@link Wording}; this class only decides which message says what, so the
 * template holds no logic beyond loops.
 */
final class PlanPage {
    /** The page's own messages, each given every value of the page (templates/README.md). */
    private static final List<String> PAGE_TEXTS = List.of("title", "footer", "planDate", "clientNo",
            "yourTherapist", "nextSession", "glance", "thisWeek", "weekByWeek", "markMeans", "dashMeans",
            "suggestedDates", "key", "booking", "noSessions", "goodToKnow", "whatNext", "why", "usualRhythm",
            "discuss", "therapist", "date");

    /** Past this many weeks the timeline's columns are too narrow for every label and mark. */
    private static final int DENSE_WEEKS = 16;

    private final Plan plan;
    private final Settings settings;
    private final Typefaces typefaces;
    private final Wording words;

    private PlanPage(Plan plan, Settings settings, Typefaces typefaces, Wording words) {
        this.plan = plan;
        this.settings = settings;
        this.typefaces = typefaces;
        this.words = words;
    }

    static Map<String, Object> of(Plan plan, Settings settings, Typefaces typefaces, Wording words) {
        return new PlanPage(plan, settings, typefaces, words).model();
    }

    private Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clinic", map("name", roster(settings.clinicName()), "hasName", settings.hasClinicName(),
                "contactLines", settings.contactLines().stream().map(this::roster).toList()));
        Client client = plan.client();
        m.put("client", map("name", roster(client.displayName()), "id", roster(client.id()),
                "therapist", roster(client.therapist()), "hasTherapist", !client.therapist().isBlank()));
        m.put("planDate", planDate());
        m.put("text", texts());
        m.put("phase", map("now", plan.phaseNow().label(), "title", title(plan.phaseNow()),
                "sentence", phaseSentence()));
        m.put("window", map("from", words.date(plan.windowStart()), "to", words.date(plan.windowEnd()),
                "weeks", weekCount()));
        m.put("weeks", weeks());
        m.put("timeline", map("dense", weekCount() > DENSE_WEEKS));
        m.put("phaseBands", phaseBands());
        m.put("legend", plan.timeline().stream().map(PhaseSpan::phase).distinct()
                .map(p -> map("phase", p.label(), "title", title(p))).toList());
        m.put("months", months());
        m.put("sessions", map("count", plan.sessions().size(), "minutes", client.sessionMinutes(),
                "next", plan.nextSession().map(s -> words.weekdayDate(s.date())).orElse("")));
        m.put("maintenanceWeeks", plan.maintenanceIntervalWeeks());
        m.put("reasons", plan.rationale().stream().map(this::reason).toList());
        m.put("notes", plan.flags().stream().map(this::note).toList());
        m.put("next", whatComesNext());
        m.put("discuss", words.text("page.discuss"));
        m.put("page", map("size", settings.paper() == Paper.LETTER ? "letter" : "A4",
                "language", words.locale().toLanguageTag(), "number", pageNumber()));
        return m;
    }

    private String planDate() {
        return words.dateAs("unit.planDate", plan.asOf());
    }

    /** Every page.* message, with every value a page message may use. */
    private Map<String, Object> texts() {
        Object[] values = {"weeks", Count.weeks(weekCount()), "from", words.date(plan.windowStart()),
            "to", words.date(plan.windowEnd()), "planDate", planDate(), "minutes", plan.client().sessionMinutes(),
            "next", plan.nextSession().map(s -> words.weekdayDate(s.date())).orElse(""),
            "sessions", Count.sessions(plan.sessions().size()), "page", "", "pages", ""};
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String name : PAGE_TEXTS) {
            texts.put(name, words.text("page." + name, values));
        }
        return texts;
    }

    /**
     * "Page 1 of 1" as CSS content: the message with {page} and {pages} made counters, each run of
     * words a quoted CSS string.
     */
    private String pageNumber() {
        String text = words.text("page.pageNumber", "page", "\u0001", "pages", "\u0002");
        StringBuilder css = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0001' || c == '\u0002') {
                css.append(quoted(run)).append(c == '\u0001' ? " counter(page) " : " counter(pages) ");
                run.setLength(0);
            } else {
                run.append(c);
            }
        }
        return css.append(quoted(run)).toString().strip();
    }

    private static String quoted(CharSequence text) {
        return '"' + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
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

    private String title(Phase phase) {
        return words.word(phase).orElse(phase.label());
    }

    // ---- the phase now, in one sentence

    private String phaseSentence() {
        Optional<LocalDate> end = currentEnd();
        Count interval = Count.every(plan.maintenanceIntervalWeeks());
        Count perWeek = Count.perWeek(thisWeekSessions());
        String sentence = words.text("now." + plan.phaseNow().label(), "perWeek", perWeek,
                "hasEnd", end.isPresent(), "end", end.map(words::date).orElse(""), "interval", interval);
        if (plan.sessions().isEmpty()) {
            return sentence + " " + words.text("now.noSessions");
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

    /** The last day of the phase now, when it ends inside the window. */
    private Optional<LocalDate> currentEnd() {
        Optional<PhaseSpan> span = currentSpan();
        if (span.isEmpty() || span.get().end() == null || span.get().end().isAfter(plan.windowEnd())) {
            return Optional.empty();
        }
        return Optional.of(span.get().end());
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
            weeks.add(map("label", words.dateAs("unit.weekLabel", monday), "sessions", sessions,
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

    private Map<String, Object> band(Phase phase, int weeks, LocalDate from, LocalDate to) {
        return map("phase", phase.label(), "title", title(phase), "weeks", weeks,
                "dates", words.dateAs("unit.weekLabel", from) + " – " + words.dateAs("unit.weekLabel", to));
    }

    // ---- the suggested dates, month by month like a calendar list

    private List<Map<String, Object>> months() {
        Map<YearMonth, List<Map<String, Object>>> byMonth = new LinkedHashMap<>();
        for (Session s : plan.sessions()) {
            byMonth.computeIfAbsent(YearMonth.from(s.date()), k -> new ArrayList<>())
                    .add(map("day", capitalised(words.dateAs("unit.sessionDay", s.date())), "date", s.date().toString(),
                            "phase", s.phase().label(), "title", title(s.phase())));
        }
        List<Map<String, Object>> months = new ArrayList<>();
        byMonth.forEach((month, sessions) -> months.add(map("name", capitalised(words.dateAs("unit.month", month.atDay(1))), "sessions", sessions,
                "count", sessions.size())));
        return months;
    }

    // ---- why, notes for the client, what comes next

    private Map<String, Object> reason(Reason reason) {
        return map("rule", roster(reason.ruleId()), "text", words.say(reason.findings()));
    }

    /** A flag in the client's words: what it means for them, never alarming. */
    private String note(Flag flag) {
        String key = switch (flag.kind()) {
            case THERAPIST_REVIEW -> "note.review";
            case AVAILABILITY_LIMITED -> "note.availability";
            case BUDGET_LIMITED -> "note.budget";
        };
        return words.text(key, "sessions", Count.sessions(flag.sessions()));
    }

    private List<String> whatComesNext() {
        List<String> lines = new ArrayList<>();
        Count interval = Count.every(plan.maintenanceIntervalWeeks());
        for (PhaseSpan span : plan.timeline()) {
            if (!span.start().isAfter(plan.asOf())) {
                continue; // the phase now, or one already past
            }
            String date = words.weekdayDate(span.start());
            lines.add(span.phase() == Phase.TAPER ? taper(span, date)
                    : words.text("next." + span.phase().label(), "date", date, "interval", interval));
        }
        if (lines.isEmpty()) {
            lines.add(words.text(switch (plan.phaseNow()) {
                case MAINTENANCE -> "next.carriesOn";
                case REVIEW -> "next.afterReview";
                case INTENSIVE, TAPER -> "next.afterWindow";
            }, "interval", interval));
        } else if (plan.timeline().stream().noneMatch(s -> s.phase() == Phase.MAINTENANCE)
                && plan.phaseNow() != Phase.REVIEW) {
            lines.add(words.text("next.thenMaintenance", "interval", interval));
        }
        return lines;
    }

    /**
     * The taper as this plan has it, not as the default rulebook would: the clinic may change the
     * gap, and a budget or the client's days may have taken the taper's sessions out.
     */
    private String taper(PhaseSpan span, String date) {
        LocalDate lastSession = plan.sessions().stream().map(Session::date).filter(d -> covers(span, d))
                .reduce((a, b) -> b).orElse(null);
        LocalDate pauseFrom = lastSession == null ? span.start()
                : lastSession.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate end = span.end() == null ? plan.windowEnd() : span.end();
        int pauseWeeks = Math.max(0, (int) ChronoUnit.WEEKS.between(pauseFrom, end.plusDays(1)));
        return words.text("next.taper", "date", date, "eases", lastSession != null, "weekly", Count.perWeek(1),
                "pause", Count.weeks(pauseWeeks));
    }

    /** A heading's first letter in capitals (Spanish and French months are lower case mid-sentence). */
    private String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }
}
