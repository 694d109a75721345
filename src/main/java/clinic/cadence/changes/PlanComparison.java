package clinic.cadence.changes;

import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares a client's plan with the earlier run's over what both cover only: from the later
 * as-of date to the earlier window's end. The window moves every week, so sessions that fell
 * behind the as-of date or came into view at the far end are no change; a stable plan comes out
 * unchanged.
 */
public final class PlanComparison {
    private PlanComparison() {
    }

    public static Change compare(PlanRecord before, PlanRecord now) {
        if (before.fingerprint().equals(now.fingerprint())) {
            return Change.UNCHANGED;
        }
        List<String> what = new ArrayList<>();
        LocalDate from = max(before.asOf(), now.asOf());
        LocalDate to = min(before.windowEnd(), now.windowEnd());
        if (!from.isAfter(to)) {
            phases(before, now, from, to, what);
            sessions(before, now, from, to, what);
        }
        if (before.minutes() != now.minutes()) {
            what.add("sessions of " + now.minutes() + " minutes (was " + before.minutes() + ")");
        }
        if (before.maintenanceIntervalWeeks() != now.maintenanceIntervalWeeks()) {
            what.add("maintenance every " + weeks(now.maintenanceIntervalWeeks()) + " (was every "
                    + weeks(before.maintenanceIntervalWeeks()) + ")");
        }
        for (String flag : now.flags()) {
            if (!before.flags().contains(flag)) {
                what.add("now " + flag);
            }
        }
        for (String flag : before.flags()) {
            if (!now.flags().contains(flag)) {
                what.add("no longer " + flag);
            }
        }
        moved("therapist", before.therapist(), now.therapist(), what);
        moved("site", before.location(), now.location(), what);
        return what.isEmpty() ? Change.UNCHANGED : new Change(ChangeKind.CHANGED, what);
    }

    /** The phase on the first shared day, then when each later phase begins within the shared days. */
    private static void phases(PlanRecord before, PlanRecord now, LocalDate from, LocalDate to, List<String> what) {
        Phase was = phaseOn(before.phases(), from);
        Phase is = phaseOn(now.phases(), from);
        if (was != is) {
            what.add("phase now " + label(is) + " (was " + label(was) + ")");
        }
        Map<Phase, LocalDate> starts = startsWithin(now.phases(), from, to);
        Map<Phase, LocalDate> wasStarts = startsWithin(before.phases(), from, to);
        for (Phase phase : Phase.values()) {
            LocalDate start = starts.get(phase);
            LocalDate wasStart = wasStarts.get(phase);
            if (Objects.equals(start, wasStart)) {
                continue;
            }
            String name = phase.label();
            if (start != null && wasStart != null) {
                what.add(name + " from " + start + " (was " + wasStart + ")");
            } else if (start != null) {
                what.add(name + " from " + start + " (was not due by " + to + ")");
            } else {
                what.add("no " + name + " by " + to + " (was from " + wasStart + ")");
            }
        }
    }

    /** Sessions a week where the count differs; else dates that moved within a week. */
    private static void sessions(PlanRecord before, PlanRecord now, LocalDate from, LocalDate to, List<String> what) {
        List<LocalDate> was = within(before.sessions(), from, to);
        List<LocalDate> is = within(now.sessions(), from, to);
        if (was.equals(is)) {
            return;
        }
        Map<LocalDate, Integer> wasWeeks = perWeek(was);
        Map<LocalDate, Integer> isWeeks = perWeek(is);
        List<LocalDate> differing = new ArrayList<>();
        TreeMap<LocalDate, Integer> allWeeks = new TreeMap<>(wasWeeks);
        allWeeks.putAll(isWeeks);
        for (LocalDate week : allWeeks.keySet()) {
            if (!wasWeeks.getOrDefault(week, 0).equals(isWeeks.getOrDefault(week, 0))) {
                differing.add(week);
            }
        }
        if (differing.isEmpty()) {
            long moved = is.stream().filter(d -> !was.contains(d)).count();
            what.add("dates moved: " + moved + (moved == 1 ? " session" : " sessions") + " on other days of the same week");
            return;
        }
        LocalDate first = differing.get(0);
        String more = differing.size() > 1 ? " and " + (differing.size() - 1) + " more "
                + (differing.size() == 2 ? "week" : "weeks") : "";
        what.add("sessions a week: " + isWeeks.getOrDefault(first, 0) + " in the week of " + first + " (was "
                + wasWeeks.getOrDefault(first, 0) + ")" + more + "; " + is.size() + " sessions to " + to + " (was "
                + was.size() + ")");
    }

    private static void moved(String what, String before, String now, List<String> into) {
        if (!before.equals(now)) {
            into.add(what + " " + orNone(now) + " (was " + orNone(before) + ")");
        }
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none" : text;
    }

    private static String weeks(int n) {
        return n == 1 ? "week" : n + " weeks";
    }

    private static String label(Phase phase) {
        return phase == null ? "none" : phase.label();
    }

    static Phase phaseOn(List<PhaseSpan> spans, LocalDate day) {
        for (PhaseSpan span : spans) {
            if (!day.isBefore(span.start()) && (span.end() == null || !day.isAfter(span.end()))) {
                return span.phase();
            }
        }
        return null;
    }

    private static Map<Phase, LocalDate> startsWithin(List<PhaseSpan> spans, LocalDate from, LocalDate to) {
        Map<Phase, LocalDate> starts = new EnumMap<>(Phase.class);
        for (PhaseSpan span : spans) {
            if (span.start().isAfter(from) && !span.start().isAfter(to)) {
                starts.putIfAbsent(span.phase(), span.start());
            }
        }
        return starts;
    }

    private static List<LocalDate> within(List<LocalDate> dates, LocalDate from, LocalDate to) {
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }

    private static Map<LocalDate, Integer> perWeek(List<LocalDate> dates) {
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        for (LocalDate d : dates) {
            weeks.merge(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
        }
        return weeks;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
