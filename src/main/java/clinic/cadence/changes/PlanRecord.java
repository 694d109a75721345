package clinic.cadence.changes;

import clinic.cadence.plan.Flag;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One client's plan as {@code plans.csv} keeps it for the next run to compare with: the facts a
 * change is told in, compact (session dates as days after the window's start), and a fingerprint
 * of them all.
 *
 * @param key         the client id as plans.csv writes it (the key both runs are joined on)
 * @param phases      the timeline, in date order; a span's end is null when it runs past the window
 * @param sessions    the suggested session dates, in order
 * @param flags       the flags' names ({@code BUDGET-LIMITED}), in flag order
 * @param fingerprint the first 16 hex digits of the SHA-256 of every other field
 */
public record PlanRecord(String key, String name, String location, String therapist, LocalDate asOf,
        LocalDate windowStart, LocalDate windowEnd, List<PhaseSpan> phases, List<LocalDate> sessions, int minutes,
        int maintenanceIntervalWeeks, List<String> flags, String fingerprint) {

    /** plans.csv's columns, in order. */
    public static final List<String> COLUMNS = List.of("client_id", "name", "location", "therapist", "as_of",
            "window_start", "window_end", "phases", "session_days", "minutes", "maintenance_interval_weeks",
            "flags", "fingerprint");

    public PlanRecord {
        phases = List.copyOf(phases);
        sessions = List.copyOf(sessions);
        flags = List.copyOf(flags);
    }

    /** @param key the client id as plans.csv will write it */
    public static PlanRecord of(String key, Plan plan) {
        List<LocalDate> dates = new ArrayList<>(plan.sessions().size());
        for (Session s : plan.sessions()) {
            dates.add(s.date());
        }
        List<String> flags = plan.flags().stream().map(Flag::kind).map(k -> k.label()).toList();
        PlanRecord unsigned = new PlanRecord(key, plan.client().displayName(), plan.client().location(),
                plan.client().therapist(), plan.asOf(), plan.windowStart(), plan.windowEnd(), plan.timeline(), dates,
                plan.client().sessionMinutes(), plan.maintenanceIntervalWeeks(), flags, "");
        return unsigned.signed();
    }

    /** The fields as plans.csv writes them, in {@link #COLUMNS} order. */
    public List<String> fields() {
        return List.of(key, name, location, therapist, asOf.toString(), windowStart.toString(), windowEnd.toString(),
                phasesText(), sessionDaysText(), Integer.toString(minutes), Integer.toString(maintenanceIntervalWeeks),
                String.join("; ", flags), fingerprint);
    }

    /**
     * Reads one plans.csv line back.
     *
     * @throws IllegalArgumentException when a field is not as plans.csv writes it
     */
    public static PlanRecord parse(List<String> f) {
        if (f.size() != COLUMNS.size()) {
            throw new IllegalArgumentException(COLUMNS.size() + " fields, found " + f.size());
        }
        try {
            LocalDate windowStart = LocalDate.parse(f.get(5));
            return new PlanRecord(f.get(0), f.get(1), f.get(2), f.get(3), LocalDate.parse(f.get(4)), windowStart,
                    LocalDate.parse(f.get(6)), parsePhases(f.get(7)), parseDays(windowStart, f.get(8)),
                    Integer.parseInt(f.get(9)), Integer.parseInt(f.get(10)),
                    f.get(11).isEmpty() ? List.of() : List.of(f.get(11).split("; ")), f.get(12));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** {@code intensive 2026-11-09..2026-12-06; maintenance 2026-12-07..} */
    private String phasesText() {
        StringBuilder text = new StringBuilder();
        for (PhaseSpan span : phases) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(span.phase().label()).append(' ').append(span.start()).append("..")
                    .append(span.end() == null ? "" : span.end().toString());
        }
        return text.toString();
    }

    private static List<PhaseSpan> parsePhases(String text) {
        List<PhaseSpan> spans = new ArrayList<>();
        if (text.isEmpty()) {
            return spans;
        }
        for (String part : text.split("; ")) {
            int space = part.indexOf(' ');
            int dots = part.indexOf("..");
            String end = part.substring(dots + 2);
            spans.add(new PhaseSpan(Phase.valueOf(part.substring(0, space).toUpperCase(Locale.ROOT)),
                    LocalDate.parse(part.substring(space + 1, dots)), end.isEmpty() ? null : LocalDate.parse(end)));
        }
        return spans;
    }

    /** Days after the window's start, space separated: a twelfth of the size of ISO dates. */
    private String sessionDaysText() {
        StringBuilder text = new StringBuilder(sessions.size() * 3);
        for (LocalDate d : sessions) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(ChronoUnit.DAYS.between(windowStart, d));
        }
        return text.toString();
    }

    private static List<LocalDate> parseDays(LocalDate windowStart, String text) {
        List<LocalDate> dates = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String day : text.split(" ")) {
                dates.add(windowStart.plusDays(Long.parseLong(day)));
            }
        }
        return dates;
    }

    private PlanRecord signed() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> fields = fields();
            for (int i = 0; i < fields.size() - 1; i++) {
                sha.update(fields.get(i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            String print = HexFormat.of().formatHex(sha.digest(), 0, 8);
            return new PlanRecord(key, name, location, therapist, asOf, windowStart, windowEnd, phases, sessions,
                    minutes, maintenanceIntervalWeeks, flags, print);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
