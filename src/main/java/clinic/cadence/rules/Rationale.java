package clinic.cadence.rules;

import static clinic.cadence.rules.RuleParameter.*;
import static clinic.cadence.rules.Words.*;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.Intensity;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Band;
import clinic.cadence.plan.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a plan says what it says, in the client's words and the guidance's language: one line per
 * rule that shaped the plan, citing its id, in rule order.
 */
final class Rationale {
    private final Rulebook rules;
    private final Client client;
    private final LocalDate asOf;
    private final Course course;
    private final Placement placement;
    private final Planner.Budget budget;

    Rationale(Rulebook rules, Client client, LocalDate asOf, Course course,
            Placement placement, Planner.Budget budget) {
        this.rules = rules;
        this.client = client;
        this.asOf = asOf;
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
            reasons.add(new Reason("R3", "Because your pain was " + course.intakeBand.label()
                    + " when you started, the intensive phase " + (course.extended ? "was planned for "
                    : course.weeksIn >= course.intensiveWeeks ? "lasted " : "lasts ")
                    + weeks(course.plannedWeeks) + ": the guidance is three to six weeks depending on severity."));
        }
        if (shaping && course.weeksIn < course.intensiveWeeks) {
            // When R5 or R8 change the number, R4 says what it asks for and their lines say why it differs.
            reasons.add(new Reason("R4", "With " + bandWords(course.currentBand) + " now, "
                    + (course.intensivePerWeek == course.perWeekR4 ? "you come " : "the guidance's rhythm is ")
                    + times(course.perWeekR4)
                    + " a week during the intensive phase: the guidance is one to three sessions a week"
                    + (course.currentBand == Band.SEVERE ? ", two to three when the pain is severe." : ".")));
        }
        if (restShaped()) {
            reasons.add(new Reason("R5", rest()));
        }
        if (shaping && course.weeksIn < course.maintenanceFrom() && course.taperWeeks > 0) {
            reasons.add(new Reason("R6", taper()));
        }
        reasons.add(new Reason("R7", maintenance()));
        if (client.reliefDays() != null) {
            reasons.add(new Reason("R8", relief()));
        }
        if (client.availableDays() != null || placement.shortfall > 0 || placement.closedMoved) {
            reasons.add(new Reason("R9", availability()));
        }
        if (budget.limits()) {
            reasons.add(new Reason("R10", budget.cap == 0
                    ? "Your plan has a budget of no sessions a month, so it lists no sessions; please talk to"
                            + " your therapist about what is possible."
                    : "Your budget allows at most " + sessions(budget.cap) + " a month, so " + sessions(budget.leftOut)
                            + (budget.leftOut == 1 ? " was" : " were")
                            + " left out and the rest spread evenly over the month."));
        }
        return reasons;
    }

    private String severity() {
        String intakeText = course.intake + " out of 10";
        if (course.intake == course.pain) {
            return "Your pain is " + intakeText + ", which the guidance counts as " + course.intakeBand.label() + ".";
        }
        String now = "Your pain was " + intakeText + " when you started (" + course.intakeBand.label() + ") and is "
                + course.pain + " now";
        if (course.currentBand.compareTo(course.intakeBand) < 0) {
            return now + " (" + course.currentBand.label() + "): as the pain subsides, the sessions thin out.";
        }
        return course.pain < course.intake ? now + ", still " + course.currentBand.label() + "." : now + ".";
    }

    private String phase() {
        if (!course.episode) {
            String base = client.condition() == Condition.CHRONIC
                    ? "Your back problem is chronic or recurring and stable now, so your plan is a maintenance"
                            + " schedule that helps prevent the return of severe symptoms."
                    : "You come to prevent back pain, so your plan is a maintenance schedule for long-term health"
                            + " and prevention.";
            return course.maintenancePainFlag ? base + " Your pain is " + course.pain
                    + " out of 10 now, so your therapist will check whether you need more frequent care." : base;
        }
        String perWeek = times(rules.get(REVIEW_PER_WEEK)) + " a week";
        if (course.worse) {
            return "Your pain has risen from " + course.intake + " to " + course.pain
                    + " out of 10 since you started, so your therapist will review your plan; until then you come "
                    + perWeek + ".";
        }
        if (course.stillPainful) {
            return "Your pain is still " + course.pain + " out of 10 after " + weeks(course.weeksIn)
                    + ", longer than the guidance's " + weeks(rules.get(INTENSIVE_WEEKS_LONGEST))
                    + " of intensive care, so your therapist will review your plan; until then you come " + perWeek
                    + ".";
        }
        String base = "Because your back pain " + episodeWords()
                + ", your plan starts with an intensive phase to break the pain cycle, then tapers off into a"
                + " maintenance schedule.";
        if (course.extended) {
            base += " Your pain is still " + course.pain + " out of 10 after " + weeks(course.weeksIn)
                    + ", so the intensive phase runs on to " + weeks(course.intensiveWeeks)
                    + ", the longest the guidance suggests.";
        }
        return base;
    }

    private String episodeWords() {
        switch (client.condition()) {
            case INJURY:
                return "comes from a recent injury";
            case FLARE:
                return "is a flare-up of a chronic problem";
            default:
                return "is new";
        }
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

    private String rest() {
        String text = (client.massageType() == MassageType.OTHER ? "Your" : capitalised(modality(client.massageType()))) + " massage"
                + (client.massageType().intensity() == Intensity.DEEP ? " works the deeper muscle layers and" : "")
                + " needs " + count(course.rest) + " full day" + (course.rest == 1 ? "" : "s")
                + " of rest between sessions, so your sessions are at least " + count(course.rest + 1) + " days apart";
        if (intensiveCapped()) {
            text += " and you come at most " + times(course.restCap) + " a week instead of "
                    + times(intensiveWanted());
        } else if (taperCapped() && course.weeksIn < course.intensiveWeeks) {
            text += " and you come at most " + times(course.restCap) + " a week";
        }
        if (taperCapped()) {
            text += (course.weeksIn < course.maintenanceFrom() ? "; the taper is" : "; your taper was")
                    + " shorter to match";
        }
        return text + ".";
    }

    private String taper() {
        int gap = rules.get(TAPER_GAP_WEEKS);
        String gapText = gap == 0 ? "" : ", then have " + weeks(gap) + " without a session";
        String lead = course.f0 > 1
                ? "After the intensive phase you come once a week for " + weeks(course.f0 - 1) + gapText
                : "After the intensive phase you have " + weeks(gap) + " without a session";
        return lead + " before maintenance begins: as the pain subsides, the guidance reduces the frequency"
                + " gradually into a longer-term plan.";
    }

    private String maintenance() {
        int base = Course.conditionWeeks(rules, client.condition());
        StringBuilder text = new StringBuilder("Your maintenance sessions are every ")
                .append(weeks(course.lifestyleWeeks)).append(": ");
        text.append(client.condition() == Condition.CHRONIC || client.condition() == Condition.FLARE
                ? "chronic or recurring back problems need a closer rhythm, every " + weeks(base)
                : "the guidance suggests every three to four weeks, a monthly rhythm (" + weeks(base) + " here)");
        int factors = 0;
        if (client.activity() == Activity.SEDENTARY) {
            text.append("; a desk job calls for every ").append(weeks(rules.get(MAINTENANCE_WEEKS_SEDENTARY)))
                    .append(" to counteract prolonged sitting");
            factors++;
        }
        if (client.activity() == Activity.STRENUOUS) {
            text.append("; a physically demanding job calls for every ")
                    .append(weeks(rules.get(MAINTENANCE_WEEKS_STRENUOUS)));
            factors++;
        }
        if (client.activity() == Activity.ATHLETE) {
            text.append("; an athlete's training calls for every ").append(weeks(rules.get(MAINTENANCE_WEEKS_ATHLETE)))
                    .append(" to support muscle recovery");
            factors++;
        }
        if (client.stressLevel() == StressLevel.HIGH) {
            text.append("; high stress calls for every ").append(weeks(rules.get(MAINTENANCE_WEEKS_HIGH_STRESS)));
            factors++;
        }
        text.append(factors > 0 ? ". The shortest interval that applies is used." : ".");
        if (placement.lastVisitDue != Long.MIN_VALUE / 4) {
            text.append(" Your last visit was on ").append(date(client.lastVisit(), asOf));
            if (placement.overdue) {
                text.append(" and the next was due by the week of ").append(date(LocalDate.ofEpochDay(placement.lastVisitDue), asOf))
                        .append(", so your next session is as soon as possible.");
            } else {
                text.append(", so your next session is due in the week of ").append(date(LocalDate.ofEpochDay(placement.lastVisitDue), asOf))
                        .append('.');
            }
        }
        return text.toString();
    }

    private String relief() {
        int d = client.reliefDays();
        StringBuilder text = new StringBuilder("The relief from a session lasts about ").append(days(d))
                .append(" for you");
        boolean intensive = course.episode && !course.review && course.weeksIn < course.intensiveWeeks;
        boolean same = course.maintenanceWeeks == course.lifestyleWeeks;
        String maintenance = "every " + weeks(course.maintenanceWeeks)
                + (same ? "" : " instead of every " + weeks(course.lifestyleWeeks));
        if (intensive && course.reliefNeed > course.perWeekR5) {
            text.append(", so in the intensive phase you come ").append(times(course.intensivePerWeek))
                    .append(" a week so the benefit does not wear off between sessions");
            if (course.reliefCapped) {
                text.append("; coming more often would not leave your muscles enough rest, so your therapist will"
                        + " review this");
            }
            text.append(". For maintenance, that means ").append(maintenance);
        } else {
            text.append(same ? ", which suits maintenance " : ", so your maintenance sessions are ")
                    .append(maintenance);
        }
        return text.append(": the body's response is the most important influence.").toString();
    }

    private String availability() {
        if (placement.allowedDays() == 0) {
            return "There is no day when you can come and the clinic is open, so no sessions could be planned;"
                    + " please talk to the front desk about your days.";
        }
        String text = (client.availableDays() == null ? "Sessions are only on days the clinic is open ("
                : "Sessions are only on days you can come and the clinic is open (") + days(placement.allowedDays(),
                true) + (placement.closedMoved ? ", except holidays" : "") + "), spread as evenly as those days allow.";
        return placement.shortfall == 0 ? text
                : text + " " + sessions(placement.shortfall) + " could not fit in these weeks.";
    }
}
