package clinic.cadence.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of difference between last week's plan and this week's. The base case is a
 * stable plan seen a week apart: its window moved, so a session fell behind the as-of date and
 * one came into view at the far end; that alone is no change.
 */
class PlanComparisonTest {
    static final LocalDate WEEK1 = LocalDate.of(2026, 11, 23);
    static final LocalDate WEEK2 = WEEK1.plusWeeks(1);

    /** Mondays and Thursdays for six weeks from the episode's start, then every 3 weeks. */
    static List<LocalDate> sessions(LocalDate from, LocalDate to) {
        List<LocalDate> all = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 11, 9);
        for (int w = 0; w < 6; w++) {
            all.add(start.plusWeeks(w));
            all.add(start.plusWeeks(w).plusDays(3));
        }
        for (LocalDate d = start.plusWeeks(9); d.isBefore(LocalDate.of(2027, 6, 1)); d = d.plusWeeks(3)) {
            all.add(d);
        }
        return all.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }

    static PlanRecord plan(LocalDate asOf) {
        LocalDate end = asOf.plusWeeks(12).minusDays(1);
        return new PlanRecord("C1", "Ann Lee", "North", "Maya", asOf, asOf, end,
                List.of(new PhaseSpan(Phase.INTENSIVE, asOf, LocalDate.of(2026, 12, 20)),
                        new PhaseSpan(Phase.MAINTENANCE, LocalDate.of(2026, 12, 21), null)),
                sessions(asOf, end), 60, 3, List.of(), "fingerprint-" + asOf);
    }

    static PlanRecord with(PlanRecord r, UnaryOperator<Builder> change) {
        return change.apply(new Builder(r)).build();
    }

    /** Changes one field of a record. */
    static final class Builder {
        String therapist;
        String location;
        List<PhaseSpan> phases;
        List<LocalDate> sessions;
        int minutes;
        int interval;
        List<String> flags;
        final PlanRecord r;

        Builder(PlanRecord r) {
            this.r = r;
            therapist = r.therapist();
            location = r.location();
            phases = r.phases();
            sessions = r.sessions();
            minutes = r.minutes();
            interval = r.maintenanceIntervalWeeks();
            flags = r.flags();
        }

        Builder therapist(String t) {
            therapist = t;
            return this;
        }

        Builder location(String l) {
            location = l;
            return this;
        }

        Builder phases(List<PhaseSpan> p) {
            phases = p;
            return this;
        }

        Builder sessions(UnaryOperator<List<LocalDate>> s) {
            sessions = s.apply(new ArrayList<>(sessions));
            return this;
        }

        Builder minutes(int m) {
            minutes = m;
            return this;
        }

        Builder interval(int i) {
            interval = i;
            return this;
        }

        Builder flags(String... f) {
            flags = List.of(f);
            return this;
        }

        PlanRecord build() {
            return new PlanRecord(r.key(), r.name(), location, therapist, r.asOf(), r.windowStart(), r.windowEnd(),
                    phases, sessions, minutes, interval, flags, r.fingerprint() + "*");
        }
    }

    static Stream<Arguments> cases() {
        PlanRecord before = plan(WEEK1);
        PlanRecord now = plan(WEEK2);
        LocalDate wed = LocalDate.of(2026, 12, 2);
        return Stream.of(
                Arguments.of("the same plan a week on", before, now, List.of()),
                Arguments.of("the same run again", before, before, List.of()),
                Arguments.of("a session more in a shared week", before,
                        with(now, b -> b.sessions(s -> { s.add(1, wed); return s; })),
                        List.of("sessions a week: 3 in the week of 2026-11-30 (was 2); 9 sessions to 2027-02-14 (was 8)")),
                Arguments.of("a session moved within its week", before,
                        with(now, b -> b.sessions(s -> { s.set(0, wed); return s; })),
                        List.of("dates moved: 1 session on other days of the same week")),
                Arguments.of("a session only in the new window's last week is no change", before,
                        with(now, b -> b.sessions(s -> { s.add(LocalDate.of(2027, 2, 17)); return s; })), List.of()),
                Arguments.of("the taper starts", before,
                        with(now, b -> b.phases(List.of(new PhaseSpan(Phase.INTENSIVE, WEEK2, LocalDate.of(2026, 12, 13)),
                                new PhaseSpan(Phase.TAPER, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 20)),
                                new PhaseSpan(Phase.MAINTENANCE, LocalDate.of(2026, 12, 21), null)))),
                        List.of("taper from 2026-12-14 (was not due by 2027-02-14)")),
                Arguments.of("the phase now differs", before,
                        with(now, b -> b.phases(List.of(new PhaseSpan(Phase.MAINTENANCE, WEEK2, null)))),
                        List.of("phase now maintenance (was intensive)", "no maintenance by 2027-02-14 (was from 2026-12-21)")),
                Arguments.of("the maintenance interval", before, with(now, b -> b.interval(4)),
                        List.of("maintenance every 4 weeks (was every 3 weeks)")),
                Arguments.of("the session length", before, with(now, b -> b.minutes(45)),
                        List.of("sessions of 45 minutes (was 60)")),
                Arguments.of("a flag added and one gone", with(before, b -> b.flags("AVAILABILITY-LIMITED")),
                        with(now, b -> b.flags("BUDGET-LIMITED")),
                        List.of("now BUDGET-LIMITED", "no longer AVAILABILITY-LIMITED")),
                Arguments.of("another therapist", before, with(now, b -> b.therapist("Tom")),
                        List.of("therapist Tom (was Maya)")),
                Arguments.of("another site, and none", before, with(now, b -> b.location("")),
                        List.of("site none (was North)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellsWhatChangedOverWhatBothPlansCover(String name, PlanRecord before, PlanRecord now, List<String> what) {
        Change change = PlanComparison.compare(before, now);
        assertEquals(what, change.what());
        assertEquals(what.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, change.kind());
    }
}
