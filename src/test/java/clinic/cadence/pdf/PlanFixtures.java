package clinic.cadence.pdf;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Band;
import clinic.cadence.plan.Count;
import clinic.cadence.plan.Finding;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.Weekdays;
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans built by hand as the rulebook (written in parallel) would give them, one per phase and
 * one flagged: the renderer's tests read their PDFs back.
 */
final class PlanFixtures {
    /** A Monday; the window is the 12 weeks from here. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final LocalDate WINDOW_END = AS_OF.plusWeeks(12).minusDays(1);

    private PlanFixtures() {
    }

    static Client client(String id, String first, String last, Condition condition, String therapist) {
        return new Client(id, first, last, "", condition, 5, 6, AS_OF.minusWeeks(1), null, MassageType.SPORTS,
                Activity.MODERATE, StressLevel.MODERATE, null, null, null, 60, "Harbour", therapist, "");
    }

    static Client named(String fullName) {
        return new Client("C-" + Math.abs(fullName.hashCode() % 1000), "", "", fullName, Condition.ACUTE, 5, 6,
                AS_OF.minusWeeks(1), null, MassageType.SPORTS, Activity.MODERATE, StressLevel.MODERATE, null, null,
                null, 60, "", "Ana Costa", "");
    }

    /** Moderate acute pain, week 1 of 4 intensive weeks at 2 a week, then taper and maintenance. */
    static Plan intensive() {
        return intensive(client("00123", "Maria", "Rossi", Condition.ACUTE, "Ana Costa"));
    }

    static Plan intensive(Client client) {
        LocalDate week0 = AS_OF.minusWeeks(1);
        List<PhaseSpan> timeline = List.of(
                new PhaseSpan(Phase.INTENSIVE, week0, week0.plusWeeks(4).minusDays(1)),
                new PhaseSpan(Phase.TAPER, week0.plusWeeks(4), week0.plusWeeks(7).minusDays(1)),
                new PhaseSpan(Phase.MAINTENANCE, week0.plusWeeks(7), null));
        List<Session> sessions = new ArrayList<>();
        weekly(sessions, AS_OF, week0.plusWeeks(4), Phase.INTENSIVE, DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        weekly(sessions, week0.plusWeeks(4), week0.plusWeeks(5), Phase.TAPER, DayOfWeek.MONDAY);
        everyWeeks(sessions, week0.plusWeeks(7), 4, Phase.MAINTENANCE);
        return new Plan(client, AS_OF, AS_OF, WINDOW_END, Band.MODERATE, Phase.INTENSIVE, 2, 4, timeline, sessions,
                List.of(), List.of(
                        new Reason("R1", new Finding.Severity(6, 5, Band.MODERATE, Band.MODERATE, Finding.Trend.LOWER)),
                        new Reason("R2", new Finding.Episode(Condition.ACUTE, false, 5, Count.weeks(1),
                                Count.weeks(4))),
                        new Reason("R3", new Finding.IntensiveLength(Band.MODERATE, Count.weeks(4), Finding.Stage.NOW)),
                        new Reason("R4", new Finding.IntensiveRhythm(Band.MODERATE, Count.perWeek(2), true)),
                        new Reason("R6", new Finding.Taper(Count.weeks(1), Count.weeks(2))),
                        new Reason("R7", new Finding.MaintenanceInterval(Count.every(4), Condition.ACUTE,
                                Count.every(4)))));
    }

    /** Severe injury, week 7: tapering. */
    static Plan taper() {
        Client client = client("00456", "Jonas", "Berg", Condition.INJURY, "Ana Costa");
        LocalDate week0 = AS_OF.minusWeeks(6);
        List<PhaseSpan> timeline = List.of(
                new PhaseSpan(Phase.TAPER, week0.plusWeeks(6), week0.plusWeeks(10).minusDays(1)),
                new PhaseSpan(Phase.MAINTENANCE, week0.plusWeeks(10), null));
        List<Session> sessions = new ArrayList<>();
        weekly(sessions, AS_OF, AS_OF.plusWeeks(2), Phase.TAPER, DayOfWeek.TUESDAY);
        everyWeeks(sessions, week0.plusWeeks(10), 2, Phase.MAINTENANCE);
        return new Plan(client, AS_OF, AS_OF, WINDOW_END, Band.MILD, Phase.TAPER, 1, 2, timeline, sessions,
                List.of(), List.of(new Reason("R6", new Finding.Taper(Count.weeks(2), Count.weeks(2))),
                        new Reason("R7", List.of(new Finding.MaintenanceInterval(Count.every(2), Condition.INJURY,
                                Count.every(4)), new Finding.Lifestyle(Finding.Factor.ATHLETE, Activity.ATHLETE,
                                Count.every(2))))));
    }

    /** Chronic back, maintenance every 3 weeks. */
    static Plan maintenance() {
        Client client = client("00789", "Priya", "Shah", Condition.CHRONIC, "Tom Reid");
        List<Session> sessions = new ArrayList<>();
        everyWeeks(sessions, AS_OF.plusDays(2), 3, Phase.MAINTENANCE);
        return new Plan(client, AS_OF, AS_OF, WINDOW_END, Band.MILD, Phase.MAINTENANCE, null, 3,
                List.of(new PhaseSpan(Phase.MAINTENANCE, AS_OF.minusWeeks(20), null)), sessions, List.of(),
                List.of(new Reason("R2", new Finding.MaintenanceOnly(Condition.CHRONIC, false, 2)),
                        new Reason("R7", new Finding.MaintenanceInterval(Count.every(3), Condition.CHRONIC,
                                Count.every(3)))));
    }

    /** Not improving after 6 weeks: review, 1 a week, flagged. */
    static Plan review() {
        Client client = client("01011", "Daniel", "O'Connor", Condition.FLARE, "");
        List<Session> sessions = new ArrayList<>();
        weekly(sessions, AS_OF, WINDOW_END.plusDays(1), Phase.REVIEW, DayOfWeek.WEDNESDAY);
        return new Plan(client, AS_OF, AS_OF, WINDOW_END, Band.MODERATE, Phase.REVIEW, 1, 3,
                List.of(new PhaseSpan(Phase.REVIEW, AS_OF, null)), sessions,
                List.of(new Flag(FlagKind.THERAPIST_REVIEW, List.of(new Finding.PainPersisting(6, 7, Count.weeks(6)),
                        new Finding.ReviewRhythm(Count.perWeek(1))), 0)),
                List.of(new Reason("R2", new Finding.StillPainful(6, Count.weeks(7), Count.weeks(6),
                        Count.perWeek(1)))));
    }

    /** Intensive, but the client's days and monthly budget cut sessions: both flags. */
    static Plan flagged() {
        Plan base = intensive(client("01213", "Lena", "Fischer", Condition.ACUTE, "Ana Costa"));
        List<Reason> reasons = new ArrayList<>(base.rationale());
        reasons.add(new Reason("R9", new Finding.Availability(true, new Weekdays(1), false, Count.sessions(3))));
        reasons.add(new Reason("R10", new Finding.Budget(Count.sessions(4), Count.sessions(2))));
        return new Plan(base.client(), AS_OF, AS_OF, WINDOW_END, base.band(), base.phaseNow(), 2, 4, base.timeline(),
                base.sessions().subList(0, base.sessions().size() - 2),
                List.of(new Flag(FlagKind.AVAILABILITY_LIMITED, List.of(new Finding.Shortfall(Count.sessions(3),
                                new Weekdays(1), false)), 3),
                        new Flag(FlagKind.BUDGET_LIMITED, List.of(new Finding.BudgetLimit(Count.sessions(4),
                                Count.sessions(2))), 2)),
                reasons);
    }

    static List<Plan> all() {
        return List.of(intensive(), taper(), maintenance(), review(), flagged());
    }

    private static void weekly(List<Session> out, LocalDate from, LocalDate until, Phase phase, DayOfWeek... days) {
        for (LocalDate monday = from.with(DayOfWeek.MONDAY); monday.isBefore(until); monday = monday.plusWeeks(1)) {
            for (DayOfWeek day : days) {
                LocalDate date = monday.with(day);
                if (!date.isBefore(from) && date.isBefore(until) && !date.isAfter(WINDOW_END)) {
                    out.add(new Session(date, phase, 60));
                }
            }
        }
    }

    private static void everyWeeks(List<Session> out, LocalDate first, int weeks, Phase phase) {
        for (LocalDate date = first; !date.isAfter(WINDOW_END); date = date.plusWeeks(weeks)) {
            if (!date.isBefore(AS_OF)) {
                out.add(new Session(date, phase, 60));
            }
        }
    }
}
