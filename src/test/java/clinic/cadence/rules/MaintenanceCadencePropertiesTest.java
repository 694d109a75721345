package clinic.cadence.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * R7 as written: maintenance runs every M weeks, from week 0, from the last visit, or from the
 * overdue session. Two maintenance sessions are never closer than M weeks (counted between the
 * Mondays of their weeks, as R7 makes them due), overdue or not.
 *
 * <p>The clinic here has no closed dates: a closed week may push one session into the next week
 * (R9), which is the calendar's doing, not the cadence's.
 */
class MaintenanceCadencePropertiesTest {

    record Case(Client client, Settings settings, LocalDate asOf) {
        @Override
        public String toString() {
            return client + " open=" + settings.openDays() + " asOf=" + asOf;
        }
    }

    @Property(tries = 2000)
    void r7TwoMaintenanceSessionsAreNeverCloserThanTheInterval(@ForAll("cases") Case c) {
        Plan plan = Rulebook.defaults().plan(c.client(), c.settings(), c.asOf());
        int weeks = plan.maintenanceIntervalWeeks();
        LocalDate previous = null;
        for (Session session : plan.sessions()) {
            if (session.phase() != Phase.MAINTENANCE) {
                continue;
            }
            if (previous != null) {
                long apart = ChronoUnit.WEEKS.between(monday(previous), monday(session.date()));
                assertTrue(apart >= weeks, "maintenance on " + previous + " and " + session.date() + " is "
                        + apart + " weeks apart, M = " + weeks + ": " + plan.sessions());
            }
            previous = session.date();
        }
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Condition> condition = Arbitraries.of(Condition.class);
        Arbitrary<Integer> startAgo = Arbitraries.integers().between(0, 400).injectNull(0.5);
        Arbitrary<Integer> visitAgo = Arbitraries.integers().between(0, 150).injectNull(0.2);
        Arbitrary<Activity> activity = Arbitraries.of(Activity.class);
        Arbitrary<StressLevel> stress = Arbitraries.of(StressLevel.class);
        Arbitrary<Integer> relief = Arbitraries.integers().between(1, 40).injectNull(0.7);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).injectNull(0.4);
        Arbitrary<Set<DayOfWeek>> open = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        Arbitrary<LocalDate> asOf = Arbitraries.integers().between(0, 800).map(LocalDate.of(2026, 1, 1)::plusDays);
        Arbitrary<List<Object>> drafts = Combinators.combine(List.of(any(condition), any(startAgo), any(visitAgo),
                any(activity), any(stress), any(relief), any(days), any(open))).as(v -> v);
        return Combinators.combine(drafts, asOf).as(MaintenanceCadencePropertiesTest::toCase);
    }

    @SuppressWarnings("unchecked")
    private static Case toCase(List<Object> v, LocalDate asOf) {
        Condition condition = (Condition) v.get(0);
        Integer startAgo = (Integer) v.get(1);
        Integer visitAgo = (Integer) v.get(2);
        // Pain 1 of intake 3: an episode that subsided, so it reaches maintenance without review.
        Client client = new Client("C", "A", "B", "", condition, 1, condition.isEpisode() ? 3 : null,
                startAgo == null ? null : asOf.minusDays(startAgo), visitAgo == null ? null : asOf.minusDays(visitAgo),
                MassageType.THERAPEUTIC, (Activity) v.get(3), (StressLevel) v.get(4), (Integer) v.get(5), null,
                (Set<DayOfWeek>) v.get(6), 60, "", "", "");
        Settings settings = new Settings("", "", (Set<DayOfWeek>) v.get(7), Set.of(), 15, 12, Paper.A4, "",
                List.of());
        return new Case(client, settings, asOf);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> any(Arbitrary<?> arbitrary) {
        return (Arbitrary<Object>) arbitrary;
    }
}
