package clinic.cadence.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.plan.Phase;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The weekly sums behind the demand sheets: nothing counted twice, nothing lost. */
class DemandTest {
    private static final int WEEKS = 12;
    private static final int TURNOVER = 15;

    @Property(tries = 200)
    void everySessionLandsInExactlyOneWeekSiteAndTherapist(@ForAll("plans") List<Plan> plans) {
        Demand demand = new Demand(Fixture.AS_OF, WEEKS, TURNOVER);
        plans.forEach(demand::add);
        List<Session> all = new ArrayList<>();
        plans.forEach(p -> all.addAll(p.sessions()));

        int sessions = 0;
        double hours = 0;
        for (int w = 0; w < WEEKS; w++) {
            int byPhase = 0;
            for (Phase phase : Phase.values()) {
                byPhase += demand.sessions(w, phase);
            }
            assertEquals(demand.sessions(w), byPhase, "phases add up to the week");
            sessions += demand.sessions(w);
            hours += demand.hours(w);
            int week = w;
            assertEquals(demand.hours(w) * 60, sumMinutes(demand.loadByLocation().values(), week), 1e-9, "sites");
            assertEquals(demand.hours(w) * 60, sumMinutes(demand.loadByTherapist().values(), week), 1e-9, "therapists");
        }
        assertEquals(all.size(), sessions);
        assertEquals(all.stream().mapToDouble(s -> (s.minutes() + TURNOVER) / 60.0).sum(), hours, 1e-9);
        int clients = 0;
        for (Phase phase : Phase.values()) {
            clients += demand.clients(phase);
        }
        assertEquals(plans.size(), clients);
    }

    @Test
    void aSessionOutsideTheWindowIsARulebookBugNotSomethingToCount() {
        Plan late = Fixture.plan(Fixture.client("X1", "A", "B", "", "North", "Maya", 60), Phase.MAINTENANCE, null,
                List.of(new Session(Fixture.WINDOW_END.plusDays(1), Phase.MAINTENANCE, 60)), List.of());
        Demand demand = new Demand(Fixture.AS_OF, WEEKS, TURNOVER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> demand.add(late));
        assertTrue(e.getMessage().contains("X1") && e.getMessage().contains("2027-02-15"), e.getMessage());
    }

    @Test
    void clientsWithoutSiteOrTherapistAreCountedUnderTheirOwnHeading() {
        Demand demand = new Demand(Fixture.AS_OF, WEEKS, TURNOVER);
        demand.add(Fixture.plan(Fixture.client("X2", "A", "B", "", "", "", 30), Phase.REVIEW, 1,
                List.of(new Session(Fixture.AS_OF, Phase.REVIEW, 30)), List.of()));
        assertEquals(List.of(Demand.NO_LOCATION), List.copyOf(demand.loadByLocation().keySet()));
        assertEquals(List.of(Demand.NO_THERAPIST), List.copyOf(demand.loadByTherapist().keySet()));
        assertEquals(45, demand.loadByTherapist().get(Demand.NO_THERAPIST)[0]);
    }

    private static double sumMinutes(Iterable<long[]> loads, int week) {
        double sum = 0;
        for (long[] load : loads) {
            sum += load[week];
        }
        return sum;
    }

    @Provide
    Arbitrary<List<Plan>> plans() {
        Arbitrary<Session> session = Combinators.combine(
                Arbitraries.integers().between(0, WEEKS * 7 - 1 - 2), // days after as-of, inside the window
                Arbitraries.of(Phase.class),
                Arbitraries.of(30, 45, 60, 75, 90, 120))
                .as((day, phase, minutes) -> new Session(Fixture.AS_OF.plusDays(day), phase, minutes));
        Arbitrary<Plan> plan = Combinators.combine(
                Arbitraries.of("North", "South", ""),
                Arbitraries.of("Maya", "Tom", ""),
                Arbitraries.of(Phase.class),
                session.list().ofMaxSize(30))
                .as((site, therapist, phase, sessions) -> Fixture.plan(
                        Fixture.client("P", "A", "B", "", site, therapist, 60), phase, null,
                        sessions.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList(), List.of()));
        return plan.list().ofMaxSize(25);
    }
}
