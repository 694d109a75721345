package clinic.cadence.rules;

import static clinic.cadence.rules.RuleParameter.*;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.Intensity;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Band;
import clinic.cadence.plan.Phase;
import java.time.LocalDate;

/**
 * What R1-R8 call for, in weeks and sessions, before any day is chosen: the shape of the
 * client's care. Weeks are counted from week 0, the calendar week holding the episode's start.
 *
 * <p>Where rules.md is silent: a row without {@code episode_start} starts on the as-of date
 * (wellness and chronic too, so nothing is placed before as-of); pain bands are the fixed 0-10
 * scale of R1, not rulebook parameters; in the taper's gap weeks the rules call for 0 sessions.
 */
final class Course {
    final boolean episode;
    final int pain;
    final int intake;
    final Band intakeBand;
    final Band currentBand;
    /** Epoch day of the episode's start (as-of when not given): no session before it. */
    final long start;
    /** Epoch day of the Monday of week 0. */
    final long week0;
    final int weeksIn;

    // R2
    final boolean worse;
    final boolean stillPainful;
    final boolean review;
    final boolean extended;
    final boolean maintenancePainFlag;
    // R3
    final int plannedWeeks;
    final int intensiveWeeks;
    // R4, R5, R8 (intensive)
    final int perWeekR4;
    final int rest;
    final int restCap;
    final int perWeekR5;
    final int reliefNeed;
    final int intensivePerWeek;
    final boolean reliefCapped;
    // R6
    final int f0Raw;
    final int f0;
    final int taperWeeks;
    // R7, R8 (maintenance)
    final int lifestyleWeeks;
    final int maintenanceWeeks;

    final Phase phaseNow;
    final Integer sessionsThisWeek;

    Course(Rulebook rules, Client client, LocalDate asOf) {
        episode = client.condition().isEpisode();
        pain = client.painLevel() == null ? 0 : client.painLevel();
        intake = client.intakePain() == null ? pain : client.intakePain();
        intakeBand = Band.of(intake);
        currentBand = Band.of(Math.min(intake, pain));
        start = (client.episodeStart() == null ? asOf : client.episodeStart()).toEpochDay();
        week0 = monday(start);
        weeksIn = (int) ((monday(asOf.toEpochDay()) - week0) / 7);

        int painFrom = rules.get(REVIEW_PAIN_FROM);
        int longest = rules.get(INTENSIVE_WEEKS_LONGEST);
        worse = episode && pain > intake + rules.get(REVIEW_WORSE_BY);
        stillPainful = episode && weeksIn >= longest && pain >= painFrom;
        review = worse || stillPainful;
        maintenancePainFlag = !episode && pain >= painFrom;
        plannedWeeks = intensiveWeeks(rules, intakeBand);
        // Extension: the pain has not subsided by the planned end, so intensive care runs on to the
        // guidance's upper bound (never shorter than planned, should a clinic set a longer plan).
        extended = episode && !review && weeksIn >= plannedWeeks && pain >= painFrom && plannedWeeks < longest;
        intensiveWeeks = extended ? longest : plannedWeeks;

        rest = restDays(rules, client.massageType().intensity());
        // Rest days count across week boundaries, so a week holds at most floor(7 / (rest + 1)).
        restCap = 7 / (rest + 1);
        perWeekR4 = perWeek(rules, currentBand);
        perWeekR5 = Math.min(perWeekR4, restCap);
        Integer relief = client.reliefDays();
        reliefNeed = relief == null ? 0 : (7 + relief - 1) / relief;
        int ceiling = Math.min(rules.get(INTENSIVE_PER_WEEK_MOST), restCap);
        intensivePerWeek = Math.max(perWeekR5, Math.min(reliefNeed, ceiling));
        // Flag only while intensive weeks lie ahead: once they are past, the cap no longer shapes anything.
        reliefCapped = episode && !review && weeksIn < intensiveWeeks && reliefNeed > ceiling
                && reliefNeed > perWeekR5;

        f0Raw = perWeek(rules, intakeBand);
        f0 = Math.min(f0Raw, restCap);
        taperWeeks = f0 - 1 + rules.get(TAPER_GAP_WEEKS);

        lifestyleWeeks = lifestyleWeeks(rules, client);
        maintenanceWeeks = relief == null ? lifestyleWeeks
                : Math.max(rules.get(RELIEF_MAINTENANCE_MIN_WEEKS),
                        Math.min(relief / 7, rules.get(RELIEF_MAINTENANCE_MAX_WEEKS)));

        phaseNow = phaseOf(weeksIn);
        sessionsThisWeek = phaseNow == Phase.MAINTENANCE ? null
                : phaseNow == Phase.REVIEW ? rules.get(REVIEW_PER_WEEK) : perWeekIn(weeksIn);
    }

    /** The phase of week {@code week} (counted from week 0). */
    Phase phaseOf(int week) {
        if (!episode) {
            return Phase.MAINTENANCE;
        }
        if (review) {
            return Phase.REVIEW;
        }
        if (week < intensiveWeeks) {
            return Phase.INTENSIVE;
        }
        return week < maintenanceFrom() ? Phase.TAPER : Phase.MAINTENANCE;
    }

    /** Sessions R4-R8 call for in an intensive or taper week; 0 in the taper's gap. */
    int perWeekIn(int week) {
        if (week < intensiveWeeks) {
            return intensivePerWeek;
        }
        return week < lastWeeklyWeek() + 1 ? 1 : 0;
    }

    /** The last taper week with a session: the taper's 1-a-week run lasts f0 - 1 weeks. */
    int lastWeeklyWeek() {
        return intensiveWeeks + f0 - 2;
    }

    /** The week of the first maintenance session of an episode: I + T. */
    int maintenanceFrom() {
        return episode ? intensiveWeeks + taperWeeks : 0;
    }

    static long monday(long epochDay) {
        return epochDay - dayOfWeek(epochDay);
    }

    /** 0 Monday ... 6 Sunday (1970-01-01, epoch day 0, was a Thursday). */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    // Intake band none cannot reach an episode (the roster needs intake pain >= 1); if it does,
    // it gets the mildest episode rather than none.
    private static int intensiveWeeks(Rulebook rules, Band band) {
        switch (band) {
            case SEVERE:
                return rules.get(INTENSIVE_WEEKS_SEVERE);
            case MODERATE:
                return rules.get(INTENSIVE_WEEKS_MODERATE);
            default:
                return rules.get(INTENSIVE_WEEKS_MILD);
        }
    }

    private static int perWeek(Rulebook rules, Band band) {
        switch (band) {
            case SEVERE:
                return rules.get(INTENSIVE_PER_WEEK_SEVERE);
            case MODERATE:
                return rules.get(INTENSIVE_PER_WEEK_MODERATE);
            case MILD:
                return rules.get(INTENSIVE_PER_WEEK_MILD);
            default:
                return rules.get(INTENSIVE_PER_WEEK_NONE);
        }
    }

    private static int restDays(Rulebook rules, Intensity intensity) {
        switch (intensity) {
            case DEEP:
                return rules.get(REST_DAYS_DEEP);
            case MODERATE:
                return rules.get(REST_DAYS_MODERATE);
            default:
                return rules.get(REST_DAYS_LIGHT);
        }
    }

    /** R7: the condition's base interval, shortened by each lifestyle factor that applies. */
    static int lifestyleWeeks(Rulebook rules, Client client) {
        int weeks = conditionWeeks(rules, client.condition());
        if (client.activity() == Activity.SEDENTARY) {
            weeks = Math.min(weeks, rules.get(MAINTENANCE_WEEKS_SEDENTARY));
        }
        if (client.activity() == Activity.STRENUOUS) {
            weeks = Math.min(weeks, rules.get(MAINTENANCE_WEEKS_STRENUOUS));
        }
        if (client.activity() == Activity.ATHLETE) {
            weeks = Math.min(weeks, rules.get(MAINTENANCE_WEEKS_ATHLETE));
        }
        if (client.stressLevel() == StressLevel.HIGH) {
            weeks = Math.min(weeks, rules.get(MAINTENANCE_WEEKS_HIGH_STRESS));
        }
        return weeks;
    }

    static int conditionWeeks(Rulebook rules, Condition condition) {
        switch (condition) {
            case ACUTE:
                return rules.get(MAINTENANCE_WEEKS_ACUTE);
            case INJURY:
                return rules.get(MAINTENANCE_WEEKS_INJURY);
            case FLARE:
                return rules.get(MAINTENANCE_WEEKS_FLARE);
            case CHRONIC:
                return rules.get(MAINTENANCE_WEEKS_CHRONIC);
            default:
                return rules.get(MAINTENANCE_WEEKS_WELLNESS);
        }
    }
}
