package clinic.cadence.rules;

import static clinic.cadence.rules.RuleParameter.*;
import static clinic.cadence.rules.Words.*;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.FlagKind;
import java.util.ArrayList;
import java.util.List;

/** The flags on a plan, each with its reason in the therapist's words and the rule it comes from. */
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
        String review = reviewReason();
        if (review != null) {
            flags.add(new Flag(FlagKind.THERAPIST_REVIEW, review, 0));
        }
        if (placement.shortfall > 0) {
            flags.add(new Flag(FlagKind.AVAILABILITY_LIMITED, availabilityReason(), placement.shortfall));
        }
        if (budget.limits()) {
            flags.add(new Flag(FlagKind.BUDGET_LIMITED, budget.cap == 0
                    ? "Budget is 0 sessions a month: no sessions planned (" + sessions(budget.leftOut)
                            + " in the window left out) (R10)."
                    : sessions(budget.leftOut) + " in the window left out to stay within " + sessions(budget.cap)
                            + " a month (R10).", budget.leftOut));
        }
        return flags;
    }

    private String reviewReason() {
        List<String> reasons = new ArrayList<>(2);
        if (course.worse) {
            reasons.add("Pain rose from " + course.intake + " at intake to " + course.pain + " now (getting worse, R2)");
        } else if (course.stillPainful) {
            reasons.add("Pain still " + course.pain + "/10 in week " + course.weeksIn + " of the episode, past "
                    + rules.get(INTENSIVE_WEEKS_LONGEST) + " weeks of intensive care (R2)");
        }
        if (course.review) {
            reasons.set(0, reasons.get(0) + ": review the plan; " + sessions(rules.get(REVIEW_PER_WEEK))
                    + " a week until then");
        }
        if (course.maintenancePainFlag) {
            reasons.add("Pain " + course.pain + "/10 on a " + client.condition().label()
                    + " (maintenance) plan: consider changing the condition to flare or injury; plan unchanged (R2)");
        }
        if (course.reliefCapped) {
            reasons.add("Relief lasts " + days(client.reliefDays()) + ", which needs " + sessions(course.reliefNeed)
                    + " a week, but at most " + Math.min(rules.get(INTENSIVE_PER_WEEK_MOST), course.restCap)
                    + " fit (" + modality(client.massageType()) + " needs " + days(course.rest) + " of rest; weekly maximum "
                    + rules.get(INTENSIVE_PER_WEEK_MOST) + "): planned " + course.intensivePerWeek + " a week (R8)");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons) + ".";
    }

    private String availabilityReason() {
        String days = placement.allowedDays() == 0 ? "no day"
                : days(placement.allowedDays(), false);
        if (placement.allowedDays() == 0) {
            return "No allowed day: the client's days (" + clientDaysText() + ") and the clinic's open days ("
                    + days(settings.openDayMask(), false) + ") do not meet; " + sessions(placement.shortfall)
                    + " could not be planned (R9).";
        }
        return sessions(placement.shortfall) + " short over the window: allowed days are " + days
                + (settings.closedDates().isEmpty() ? "" : " less closed dates") + " (R9).";
    }

    private String clientDaysText() {
        return client.availableDays() == null ? "every day" : days(Placement.clientDays(client), false);
    }
}
