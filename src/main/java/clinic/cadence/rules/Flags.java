package clinic.cadence.rules;

import static clinic.cadence.rules.RuleParameter.*;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Count;
import clinic.cadence.plan.Finding;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Weekdays;
import java.util.ArrayList;
import java.util.List;

/** The flags on a plan, each with what the therapist needs to know, as findings citing their rule. */
final class Flags {
    private final Rulebook rules;
    private final Client client;
    private final Settings settings;
    private final Course course;
    private final Placement placement;
    private final Planner.Budget budget;

    Flags(Rulebook rules, Client client, Settings settings, Course course, Placement placement,
            Planner.Budget budget) {
        this.rules = rules;
        this.client = client;
        this.settings = settings;
        this.course = course;
        this.placement = placement;
        this.budget = budget;
    }

    /** At most one per kind, in FlagKind order. */
    List<Flag> list() {
        List<Flag> flags = new ArrayList<>(3);
        List<Finding> review = reviewFindings();
        if (!review.isEmpty()) {
            flags.add(new Flag(FlagKind.THERAPIST_REVIEW, review, 0));
        }
        if (placement.shortfall > 0) {
            flags.add(new Flag(FlagKind.AVAILABILITY_LIMITED, List.of(availability()), placement.shortfall));
        }
        if (budget.limits()) {
            flags.add(new Flag(FlagKind.BUDGET_LIMITED, List.of(new Finding.BudgetLimit(Count.sessions(budget.cap),
                    Count.sessions(budget.leftOut))), budget.leftOut));
        }
        return flags;
    }

    private List<Finding> reviewFindings() {
        List<Finding> findings = new ArrayList<>(3);
        if (course.worse) {
            findings.add(new Finding.PainRising(course.intake, course.pain));
        } else if (course.stillPainful) {
            findings.add(new Finding.PainPersisting(course.pain, course.weeksIn,
                    Count.weeks(rules.get(INTENSIVE_WEEKS_LONGEST))));
        }
        if (course.review) {
            findings.add(new Finding.ReviewRhythm(Count.perWeek(rules.get(REVIEW_PER_WEEK))));
        }
        if (course.maintenancePainFlag) {
            findings.add(new Finding.PainInMaintenance(course.pain, client.condition()));
        }
        if (course.reliefCapped) {
            findings.add(new Finding.ReliefCapped(Count.days(client.reliefDays()), Count.perWeek(course.reliefNeed),
                    Math.min(rules.get(INTENSIVE_PER_WEEK_MOST), course.restCap), client.massageType(),
                    Count.days(course.rest), rules.get(INTENSIVE_PER_WEEK_MOST), Count.perWeek(course.intensivePerWeek)));
        }
        return findings;
    }

    private Finding availability() {
        if (placement.allowedDays() == 0) {
            return new Finding.NoDayMeets(client.availableDays() == null, new Weekdays(Placement.clientDays(client)),
                    new Weekdays(settings.openDayMask()), Count.sessions(placement.shortfall));
        }
        return new Finding.Shortfall(Count.sessions(placement.shortfall), new Weekdays(placement.allowedDays()),
                !settings.closedDates().isEmpty());
    }
}
