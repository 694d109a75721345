package clinic.cadence.workbook;

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
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.Problem;
import clinic.cadence.roster.RosterEntry.RejectedRow;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.roster.TherapistCapacity;
import clinic.cadence.rules.Parameter;
import clinic.cadence.rules.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans built by hand (the rulebook is written in parallel): a small clinic with two sites, a
 * therapist with capacity and no clients (idle), clients with no therapist (no capacity, so
 * shortfall), a busy stretch that goes over capacity, and names that look like formulas.
 */
final class Fixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25); // a Wednesday
    static final LocalDate WINDOW_START = LocalDate.of(2026, 11, 23);
    static final LocalDate WINDOW_END = LocalDate.of(2027, 2, 14);
    static final String INJECTED_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";
    /** The THERAPIST REVIEW finding of the injected client, and how the English catalogue words it on the Review sheet. */
    static final Finding REVIEW_FINDING = new Finding.PainRising(3, 6);
    static final String REVIEW_WHY = "Pain rose from 3 at intake to 6 now (getting worse, R2).";
    static final Capacity CAPACITY = new Capacity(List.of(
            new TherapistCapacity("Maya", "North", 20),
            new TherapistCapacity("Tom", "South", 10),
            new TherapistCapacity("Ravi", "North", 15)));
    static final List<Parameter> RULES = List.of(
            new Parameter("intensive_weeks.mild", "3", "R3: intensive length for a mild intake band"),
            new Parameter("turnover_minutes", "15", "minutes between sessions, for capacity"),
            new Parameter("horizon_weeks", "12", "weeks in the window"));
    static final RejectedRow REJECTED = new RejectedRow(7, "C404", List.of(
            new Problem("pain_level", "eleven", "a whole number from 0 to 10"),
            new Problem("email", "@SUM(1+1)", "an email address")));

    /** A planned client and where its PDF went (null: no PDF). */
    record Planned(Plan plan, String planFile) {
    }

    final List<Planned> planned = new ArrayList<>();

    static Fixture clinic() {
        Fixture f = new Fixture();
        f.add(plan(client("C001", "Ann", "Lee", "", "North", "Maya", 60), Phase.INTENSIVE, 2,
                twiceAWeek(AS_OF, 4, 60, Phase.INTENSIVE), List.of()), "plans/North/C001-Ann Lee.pdf");
        f.add(plan(client("C002", "", "", INJECTED_NAME, "South", "Tom", 45), Phase.MAINTENANCE, null,
                everyWeeks(WINDOW_START.plusWeeks(1), 4, 45, Phase.MAINTENANCE),
                List.of(new Flag(FlagKind.THERAPIST_REVIEW, List.of(REVIEW_FINDING), 0))), "plans/South/C002-HYPERLINK.pdf");
        f.add(plan(client("C003", "Zoë", "Ωmega", "", "", "", 30), Phase.REVIEW, 1,
                everyWeeks(AS_OF.plusDays(1), 1, 30, Phase.REVIEW),
                List.of(new Flag(FlagKind.THERAPIST_REVIEW, List.of(new Finding.PainRising(5, 7)), 0),
                        new Flag(FlagKind.BUDGET_LIMITED, List.of(new Finding.BudgetLimit(Count.sessions(2),
                                Count.sessions(4))), 4))), null);
        // A busy first month at North: 30 clients, 2 sessions a week, so weeks 0-3 go over capacity.
        for (int i = 0; i < 30; i++) {
            String id = String.format("N%03d", i);
            f.add(plan(client(id, "Client", id, "", "North", "Maya", 60), Phase.TAPER, 1,
                    twiceAWeek(WINDOW_START.plusWeeks(1), 3, 60, Phase.TAPER), List.of()), "plans/North/" + id + ".pdf");
        }
        return f;
    }

    void add(Plan plan, String planFile) {
        planned.add(new Planned(plan, planFile));
    }

    RowCounts counts() {
        return new RowCounts(planned.size() + 2, planned.size(), 1, 1);
    }

    /** Writes the fixture's workbook to {@code file}. */
    Path write(Path file, Capacity capacity) {
        try (CapacityWorkbook wb = new CapacityWorkbook(AS_OF, "sample-data/roster.csv", "built-in defaults", RULES,
                Settings.defaults(), capacity)) {
            for (Planned p : planned) {
                wb.addPlan(p.plan(), p.planFile());
            }
            wb.addRejected(REJECTED);
            wb.write(file, counts());
        }
        return file;
    }

    /** Every session of every plan, the way sessions.csv would list them. */
    List<Session> sessions() {
        List<Session> all = new ArrayList<>();
        planned.forEach(p -> all.addAll(p.plan().sessions()));
        return all;
    }

    static Client client(String id, String first, String last, String full, String location, String therapist,
            int minutes) {
        return new Client(id, first, last, full, Condition.ACUTE, 5, 6, AS_OF.minusWeeks(1), null,
                MassageType.SWEDISH, Activity.MODERATE, StressLevel.LOW, null, null, null, minutes, location,
                therapist, "");
    }

    static Plan plan(Client client, Phase phase, Integer thisWeek, List<Session> sessions, List<Flag> flags) {
        return new Plan(client, AS_OF, WINDOW_START, WINDOW_END, Band.MODERATE, phase, thisWeek, 4,
                List.of(new PhaseSpan(phase, WINDOW_START, null)), sessions, flags,
                List.of(new Reason("R1", new Finding.Severity(5, 5, Band.MODERATE, Band.MODERATE,
                        Finding.Trend.SAME))));
    }

    /** Wednesdays and Fridays from {@code from}'s week for {@code weeks} weeks, on or after {@code from}. */
    static List<Session> twiceAWeek(LocalDate from, int weeks, int minutes, Phase phase) {
        List<Session> sessions = new ArrayList<>();
        LocalDate monday = from.minusDays(from.getDayOfWeek().getValue() - 1);
        for (int w = 0; w < weeks; w++) {
            for (LocalDate day : List.of(monday.plusWeeks(w).plusDays(2), monday.plusWeeks(w).plusDays(4))) {
                if (!day.isBefore(from)) {
                    sessions.add(new Session(day, phase, minutes));
                }
            }
        }
        return sessions;
    }

    /** One session every {@code interval} weeks from {@code first} to the end of the window. */
    static List<Session> everyWeeks(LocalDate first, int interval, int minutes, Phase phase) {
        List<Session> sessions = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(WINDOW_END); d = d.plusWeeks(interval)) {
            sessions.add(new Session(d, phase, minutes));
        }
        return sessions;
    }
}
