package clinic.cadence.workbook;

import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.Names;
import clinic.cadence.roster.TherapistCapacity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The only thing the workbook remembers per plan: week-by-week sums of sessions and therapist
 * minutes, in total, per site and per therapist, and counts of clients by phase and flag. Its
 * size grows with weeks, sites and therapists, never with the roster.
 *
 * <p>Therapist load is kept in whole minutes (treatment plus turnover) so the sums are exact;
 * they become hours only when written. Sorted maps keep the sites and therapists in the same
 * order on every run.
 */
final class Demand {
    static final String NO_LOCATION = "(no location)";
    static final String NO_THERAPIST = "(no therapist)";

    private final LocalDate windowStart;
    private final int weeks;
    private final int turnoverMinutes;
    private final int[][] sessionsByPhase;
    private final long[] loadMinutes;
    private final SortedMap<String, long[]> loadByLocation = new TreeMap<>();
    private final SortedMap<String, long[]> loadByTherapist = new TreeMap<>();
    private final int[] clientsByPhase = new int[Phase.values().length];
    private final int[] clientsByFlag = new int[FlagKind.values().length];

    /**
     * One spelling per therapist and per site ({@link Names}: case, spaces and accents do not
     * count), the capacity file's when it has one, so "maya okafor" in one row and "Maya Okafor"
     * in another are one therapist.
     */
    private final Names therapists;
    private final Names locations;

    Demand(LocalDate asOf, int weeks, int turnoverMinutes) {
        this(asOf, weeks, turnoverMinutes, Capacity.none());
    }

    Demand(LocalDate asOf, int weeks, int turnoverMinutes, Capacity capacity) {
        this.therapists = new Names(capacity.therapists().stream().map(TherapistCapacity::therapist).toList());
        this.locations = new Names(capacity.therapists().stream().map(TherapistCapacity::location).toList());
        this.windowStart = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.weeks = weeks;
        this.turnoverMinutes = turnoverMinutes;
        this.sessionsByPhase = new int[weeks][Phase.values().length];
        this.loadMinutes = new long[weeks];
    }

    void add(Plan plan) {
        clientsByPhase[plan.phaseNow().ordinal()]++;
        plan.flags().forEach(f -> clientsByFlag[f.kind().ordinal()]++);
        long[] byLocation = loadByLocation.computeIfAbsent(locationOf(locations.spelling(plan.client().location())),
                k -> new long[weeks]);
        long[] byTherapist = loadByTherapist.computeIfAbsent(therapistOf(therapists.spelling(plan.client().therapist())),
                k -> new long[weeks]);
        for (Session session : plan.sessions()) {
            int week = weekOf(session, plan);
            long load = session.minutes() + turnoverMinutes;
            sessionsByPhase[week][session.phase().ordinal()]++;
            loadMinutes[week] += load;
            byLocation[week] += load;
            byTherapist[week] += load;
        }
    }

    private int weekOf(Session session, Plan plan) {
        long week = ChronoUnit.DAYS.between(windowStart, session.date()) / 7;
        if (session.date().isBefore(windowStart) || week >= weeks) {
            // A plan with a session outside the window is a rulebook bug: counting it would
            // silently misstate a week, dropping it would lose demand.
            throw new IllegalArgumentException("plan for client " + plan.client().id() + " has a session on "
                    + session.date() + ", outside the window " + windowStart + " to " + weekStart(weeks).minusDays(1));
        }
        return (int) week;
    }

    static String locationOf(String location) {
        return location.isEmpty() ? NO_LOCATION : location;
    }

    static String therapistOf(String therapist) {
        return therapist.isEmpty() ? NO_THERAPIST : therapist;
    }

    /** The spelling a therapist is shown with. */
    String therapistName(String therapist) {
        return therapistOf(therapists.spelling(therapist));
    }

    /** The spelling a site is shown with. */
    String locationName(String location) {
        return locationOf(locations.spelling(location));
    }

    int weeks() {
        return weeks;
    }

    LocalDate weekStart(int week) {
        return windowStart.plusWeeks(week);
    }

    int sessions(int week, Phase phase) {
        return sessionsByPhase[week][phase.ordinal()];
    }

    int sessions(int week) {
        int sum = 0;
        for (int n : sessionsByPhase[week]) {
            sum += n;
        }
        return sum;
    }

    double hours(int week) {
        return loadMinutes[week] / 60.0;
    }

    /** Site -> therapist minutes per week, sites sorted. */
    Map<String, long[]> loadByLocation() {
        return loadByLocation;
    }

    /** Therapist -> therapist minutes per week, therapists sorted. */
    Map<String, long[]> loadByTherapist() {
        return loadByTherapist;
    }

    int clients(Phase phase) {
        return clientsByPhase[phase.ordinal()];
    }

    int clients(FlagKind flag) {
        return clientsByFlag[flag.ordinal()];
    }
}
