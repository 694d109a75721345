package clinic.cadence.rules;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plans one client: the course (R1-R8), its days (R5, R7, R9), the budget (R10), the explanation. */
final class Planner {
    private final Rulebook rules;
    private final Client client;
    private final Settings settings;
    private final LocalDate asOf;

    Planner(Rulebook rules, Client client, Settings settings, LocalDate asOf) {
        this.rules = rules;
        this.client = client;
        this.settings = settings;
        this.asOf = asOf;
    }

    Plan plan() {
        long today = asOf.toEpochDay();
        long windowStart = Course.monday(today);
        long windowEnd = windowStart + 7L * settings.horizonWeeks() - 1;
        LocalDate first = LocalDate.ofEpochDay(windowStart);
        LocalDate last = LocalDate.ofEpochDay(windowEnd);
        long from = first.withDayOfMonth(1).toEpochDay();
        long to = last.withDayOfMonth(last.lengthOfMonth()).toEpochDay();

        Course course = new Course(rules, client, asOf);
        Placement placement = new Placement(course, client, settings, today, windowStart, windowEnd, from, to)
                .place(client, rules.get(RuleParameter.REVIEW_PER_WEEK));
        Budget budget = new Budget(placement, client.maxSessionsPerMonth(), today, windowEnd);

        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < placement.count; i++) {
            long day = placement.days[i];
            if (budget.kept(i) && day >= today && day <= windowEnd) {
                sessions.add(new Session(LocalDate.ofEpochDay(day), placement.phases[i], client.sessionMinutes()));
            }
        }
        return new Plan(client, asOf, first, last, course.currentBand, course.phaseNow, course.sessionsThisWeek,
                course.maintenanceWeeks, timeline(course, windowStart, windowEnd), sessions,
                new Flags(rules, client, settings, course, placement, budget).list(),
                new Rationale(rules, client, course, placement, budget).reasons());
    }

    /** The phases over the window, each clipped to it; the first starts no earlier than the episode. */
    private static List<PhaseSpan> timeline(Course course, long windowStart, long windowEnd) {
        List<PhaseSpan> spans = new ArrayList<>(3);
        if (!course.episode) {
            addSpan(spans, Phase.MAINTENANCE, course.start, Long.MAX_VALUE, windowStart, windowEnd);
        } else if (course.review) {
            addSpan(spans, Phase.REVIEW, course.start, Long.MAX_VALUE, windowStart, windowEnd);
        } else {
            long taper = course.week0 + 7L * course.intensiveWeeks;
            long maintenance = course.week0 + 7L * course.maintenanceFrom();
            addSpan(spans, Phase.INTENSIVE, course.start, taper - 1, windowStart, windowEnd);
            addSpan(spans, Phase.TAPER, taper, maintenance - 1, windowStart, windowEnd);
            addSpan(spans, Phase.MAINTENANCE, maintenance, Long.MAX_VALUE, windowStart, windowEnd);
        }
        return spans;
    }

    private static void addSpan(List<PhaseSpan> spans, Phase phase, long start, long end, long windowStart,
            long windowEnd) {
        if (end < start || end < windowStart || start > windowEnd) {
            return;
        }
        spans.add(new PhaseSpan(phase, LocalDate.ofEpochDay(Math.max(start, windowStart)),
                end > windowEnd ? null : LocalDate.ofEpochDay(end)));
    }

    /**
     * R10: at most {@code cap} sessions in any calendar month, counted over the month's placed
     * sessions (past ones included, so the answer does not depend on the as-of date); a month over
     * it keeps an evenly spaced subset, its first session always among them.
     */
    static final class Budget {
        final Integer cap;
        private final boolean[] dropped;
        /** Window sessions (from as-of) left out. */
        int leftOut;

        Budget(Placement placement, Integer cap, long today, long windowEnd) {
            this.cap = cap;
            this.dropped = new boolean[placement.count];
            if (cap == null) {
                return;
            }
            int i = 0;
            while (i < placement.count) {
                LocalDate monthStart = LocalDate.ofEpochDay(placement.days[i]).withDayOfMonth(1);
                long next = monthStart.plusMonths(1).toEpochDay();
                int end = i;
                while (end < placement.count && placement.days[end] < next) {
                    end++;
                }
                thin(i, end - i);
                i = end;
            }
            for (int k = 0; k < placement.count; k++) {
                if (dropped[k] && placement.days[k] >= today && placement.days[k] <= windowEnd) {
                    leftOut++;
                }
            }
        }

        private void thin(int first, int n) {
            if (n <= cap) {
                return;
            }
            for (int k = 0; k < n; k++) {
                dropped[first + k] = true;
            }
            for (int k = 0; k < cap; k++) {
                dropped[first + (int) ((long) k * n / cap)] = false;
            }
        }

        boolean kept(int index) {
            return !dropped[index];
        }

        boolean limits() {
            return cap != null && (cap == 0 || leftOut > 0);
        }
    }
}
