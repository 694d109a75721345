package clinic.cadence.rules;

import static clinic.cadence.rules.RuleParameter.*;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Intensity;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Count;
import clinic.cadence.plan.Finding;
import clinic.cadence.plan.Finding.Factor;
import clinic.cadence.plan.Finding.RestCap;
import clinic.cadence.plan.Finding.Stage;
import clinic.cadence.plan.Finding.TaperCut;
import clinic.cadence.plan.Finding.Trend;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Weekdays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a plan says what it says: one reason per rule that shaped the plan, citing its id, in rule
 * order, each holding what the rule decided as facts. The words are the catalogue's.
 */
final class Rationale {
    private final Rulebook rules;
    private final Client client;
    private final Course course;
    private final Placement placement;
    private final Planner.Budget budget;

    Rationale(Rulebook rules, Client client, Course course,
            Placement placement, Planner.Budget budget) {
        this.rules = rules;
        this.client = client;
        this.course = course;
        this.placement = placement;
        this.budget = budget;
    }

    List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>(10);
        boolean shaping = course.episode && !course.review;
        if (course.episode) {
            reasons.add(new Reason("R1", severity()));
        }
        reasons.add(new Reason("R2", phase()));
        if (shaping) {
            reasons.add(new Reason("R3", new Finding.IntensiveLength(course.intakeBand,
                    Count.weeks(course.plannedWeeks), course.extended ? Stage.EXTENDED
                            : course.weeksIn >= course.intensiveWeeks ? Stage.PAST : Stage.NOW)));
        }
        if (shaping && course.weeksIn < course.intensiveWeeks) {
            // When R5 or R8 change the number, R4 says what it asks for and their lines say why it differs.
            reasons.add(new Reason("R4", new Finding.IntensiveRhythm(course.currentBand,
                    Count.perWeek(course.perWeekR4), course.intensivePerWeek == course.perWeekR4)));
        }
        if (restShaped()) {
            reasons.add(new Reason("R5", rest()));
        }
        if (shaping && course.weeksIn < course.maintenanceFrom() && course.taperWeeks > 0) {
            reasons.add(new Reason("R6", new Finding.Taper(Count.weeks(Math.max(0, course.f0 - 1)),
                    Count.weeks(rules.get(TAPER_GAP_WEEKS)))));
        }
        reasons.add(new Reason("R7", maintenance()));
        if (client.reliefDays() != null) {
            reasons.add(new Reason("R8", relief()));
        }
        if (client.availableDays() != null || placement.shortfall > 0 || placement.closedMoved) {
            reasons.add(new Reason("R9", availability()));
        }
        if (budget.limits()) {
            reasons.add(new Reason("R10", new Finding.Budget(Count.sessions(budget.cap),
                    Count.sessions(budget.leftOut))));
        }
        return reasons;
    }

    private Finding severity() {
        Trend trend = course.intake == course.pain ? Trend.SAME
                : course.currentBand.compareTo(course.intakeBand) < 0 ? Trend.EASING
                : course.pain < course.intake ? Trend.LOWER : Trend.OTHER;
        return new Finding.Severity(course.intake, course.pain, course.intakeBand, course.currentBand, trend);
    }

    private Finding phase() {
        if (!course.episode) {
            return new Finding.MaintenanceOnly(client.condition(), course.maintenancePainFlag, course.pain);
        }
        Count perWeek = Count.perWeek(rules.get(REVIEW_PER_WEEK));
        if (course.worse) {
            return new Finding.Worsening(course.intake, course.pain, perWeek);
        }
        if (course.stillPainful) {
            return new Finding.StillPainful(course.pain, Count.weeks(course.weeksIn),
                    Count.weeks(rules.get(INTENSIVE_WEEKS_LONGEST)), perWeek);
        }
        return new Finding.Episode(client.condition(), course.extended, course.pain, Count.weeks(course.weeksIn),
                Count.weeks(course.intensiveWeeks));
    }

    /**
     * R5 shaped the plan when the rest days space or cap the weekly sessions ahead, when capping
     * the taper moved the start of maintenance (for good: the cadence runs on from it), or when a
     * rest after a previous session moved a session.
     */
    private boolean restShaped() {
        if (placement.restMoved) {
            return true;
        }
        if (!course.episode || course.review) {
            return false;
        }
        return intensiveCapped() || taperCapped()
                || (course.weeksIn < course.intensiveWeeks && course.intensivePerWeek >= 2);
    }

    private boolean intensiveCapped() {
        return course.episode && !course.review && course.weeksIn < course.intensiveWeeks
                && intensiveWanted() > course.restCap;
    }

    /** What R4 and R8 would ask for without R5 (R8 never above the weekly maximum). */
    private int intensiveWanted() {
        return Math.max(course.perWeekR4, Math.min(course.reliefNeed, rules.get(INTENSIVE_PER_WEEK_MOST)));
    }

    private boolean taperCapped() {
        return course.episode && !course.review && course.f0Raw > course.restCap;
    }

    private Finding rest() {
        RestCap cap = intensiveCapped() ? RestCap.INSTEAD
                : taperCapped() && course.weeksIn < course.intensiveWeeks ? RestCap.AT_MOST : RestCap.NONE;
        TaperCut taper = !taperCapped() ? TaperCut.NONE
                : course.weeksIn < course.maintenanceFrom() ? TaperCut.AHEAD : TaperCut.PAST;
        return new Finding.Rest(client.massageType(), client.massageType().intensity() == Intensity.DEEP,
                Count.days(course.rest), Count.days(course.rest + 1), cap, Count.perWeek(course.restCap),
                Count.perWeek(intensiveWanted()), taper);
    }

    private List<Finding> maintenance() {
        List<Finding> findings = new ArrayList<>(4);
        findings.add(new Finding.MaintenanceInterval(Count.every(course.lifestyleWeeks), client.condition(),
                Count.every(Course.conditionWeeks(rules, client.condition()))));
        int factors = findings.size();
        if (client.activity() == Activity.SEDENTARY) {
            findings.add(lifestyle(Factor.SEDENTARY, MAINTENANCE_WEEKS_SEDENTARY));
        }
        if (client.activity() == Activity.STRENUOUS) {
            findings.add(lifestyle(Factor.STRENUOUS, MAINTENANCE_WEEKS_STRENUOUS));
        }
        if (client.activity() == Activity.ATHLETE) {
            findings.add(lifestyle(Factor.ATHLETE, MAINTENANCE_WEEKS_ATHLETE));
        }
        if (client.stressLevel() == StressLevel.HIGH) {
            findings.add(lifestyle(Factor.HIGH_STRESS, MAINTENANCE_WEEKS_HIGH_STRESS));
        }
        if (findings.size() > factors) {
            findings.add(new Finding.ShortestInterval());
        }
        if (placement.lastVisitDue != Long.MIN_VALUE / 4) {
            findings.add(new Finding.LastVisit(client.lastVisit(), LocalDate.ofEpochDay(placement.lastVisitDue),
                    placement.overdue));
        }
        return findings;
    }

    private Finding lifestyle(Factor factor, RuleParameter weeks) {
        return new Finding.Lifestyle(factor, client.activity(), Count.every(rules.get(weeks)));
    }

    private Finding relief() {
        boolean intensive = course.episode && !course.review && course.weeksIn < course.intensiveWeeks
                && course.reliefNeed > course.perWeekR5;
        return new Finding.Relief(Count.days(client.reliefDays()), intensive, Count.perWeek(course.intensivePerWeek),
                intensive && course.reliefCapped, Count.every(course.maintenanceWeeks),
                course.maintenanceWeeks != course.lifestyleWeeks, Count.every(course.lifestyleWeeks));
    }

    private Finding availability() {
        if (placement.allowedDays() == 0) {
            return new Finding.NoAvailableDay();
        }
        return new Finding.Availability(client.availableDays() != null, new Weekdays(placement.allowedDays()),
                placement.closedMoved, Count.sessions(placement.shortfall));
    }
}
