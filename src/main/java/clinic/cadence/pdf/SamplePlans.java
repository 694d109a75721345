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
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Session;
import clinic.cadence.plan.Weekdays;
import java.time.LocalDate;
import java.util.List;

/**
 * Two built-in plans that between them reach every part of the template: a flagged intensive plan
 * (sessions, notes, every phase ahead) and a maintenance plan with nothing in it (empty lists, no
 * therapist). Their names are Latin, so checking the template reads no other script's font: a
 * script's font costs only the runs whose plans draw it. {@link PlanRenderer#load} renders both to find template errors
 * before any client's PDF is written.
 */
final class SamplePlans {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private SamplePlans() {
    }

    /** @param horizonWeeks the run's window, so the samples take the same branches (a long window is drawn denser) */
    static List<Plan> all(int horizonWeeks) {
        return List.of(flaggedIntensive(horizonWeeks), emptyMaintenance(horizonWeeks));
    }

    static Plan flaggedIntensive(int horizonWeeks) {
        Client client = new Client("S-001", "", "", "Zoë Ångström-Núñez", Condition.INJURY, 6, 7,
                AS_OF.minusWeeks(1), null,
                MassageType.SPORTS, Activity.ATHLETE, StressLevel.HIGH, null, 6, null, 60, "Harbour", "Ana Costa",
                "");
        List<PhaseSpan> timeline = List.of(
                new PhaseSpan(Phase.INTENSIVE, AS_OF.minusWeeks(1), AS_OF.plusWeeks(5).minusDays(1)),
                new PhaseSpan(Phase.TAPER, AS_OF.plusWeeks(5), AS_OF.plusWeeks(9).minusDays(1)),
                new PhaseSpan(Phase.MAINTENANCE, AS_OF.plusWeeks(9), null));
        List<Session> sessions = List.of(
                new Session(AS_OF, Phase.INTENSIVE, 60), new Session(AS_OF.plusDays(3), Phase.INTENSIVE, 60),
                new Session(AS_OF.plusWeeks(5), Phase.TAPER, 60),
                new Session(AS_OF.plusWeeks(9), Phase.MAINTENANCE, 60));
        List<Flag> flags = List.of(
                new Flag(FlagKind.THERAPIST_REVIEW, List.of(new Finding.PainRising(6, 7)), 0),
                new Flag(FlagKind.AVAILABILITY_LIMITED, List.of(new Finding.Shortfall(Count.sessions(2),
                        new Weekdays(0b11), false)), 2),
                new Flag(FlagKind.BUDGET_LIMITED, List.of(new Finding.BudgetLimit(Count.sessions(6),
                        Count.sessions(1))), 1));
        List<Reason> rationale = List.of(
                new Reason("R1", new Finding.Severity(7, 6, Band.SEVERE, Band.MODERATE, Finding.Trend.EASING)),
                new Reason("R3", new Finding.IntensiveLength(Band.SEVERE, Count.weeks(6), Finding.Stage.NOW)));
        return new Plan(client, AS_OF, AS_OF, AS_OF.plusWeeks(horizonWeeks).minusDays(1), Band.MODERATE,
                Phase.INTENSIVE, 2, 2, timeline, sessions, flags, rationale);
    }

    static Plan emptyMaintenance(int horizonWeeks) {
        Client client = new Client("S-002", "", "", "Sample & <Client>", Condition.WELLNESS, null, null, null, null,
                MassageType.SWEDISH, null, null, null, 0, null, 45, "", "", "");
        return new Plan(client, AS_OF, AS_OF, AS_OF.plusWeeks(horizonWeeks).minusDays(1), Band.NONE, Phase.MAINTENANCE,
                null, 4,
                List.of(new PhaseSpan(Phase.MAINTENANCE, AS_OF, null)), List.of(), List.of(), List.of());
    }
}
