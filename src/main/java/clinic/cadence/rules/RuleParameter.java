package clinic.cadence.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rulebook's numbers: each one's name in the file and what it may be. Defaults and meanings live
 * in the shipped {@code rulebook.properties}, so the manager reads one place.
 */
enum RuleParameter {
    REVIEW_PAIN_FROM("review.pain_from", 1, 10, "pain points"),
    REVIEW_WORSE_BY("review.worse_by", 0, 9, "pain points"),
    REVIEW_PER_WEEK("review.per_week", 1, 3, "sessions a week"),
    INTENSIVE_WEEKS_MILD("intensive.weeks.mild", 1, 12, "weeks"),
    INTENSIVE_WEEKS_MODERATE("intensive.weeks.moderate", 1, 12, "weeks"),
    INTENSIVE_WEEKS_SEVERE("intensive.weeks.severe", 1, 12, "weeks"),
    INTENSIVE_WEEKS_LONGEST("intensive.weeks.longest", 1, 12, "weeks"),
    INTENSIVE_PER_WEEK_NONE("intensive.per_week.none", 1, 7, "sessions a week"),
    INTENSIVE_PER_WEEK_MILD("intensive.per_week.mild", 1, 7, "sessions a week"),
    INTENSIVE_PER_WEEK_MODERATE("intensive.per_week.moderate", 1, 7, "sessions a week"),
    INTENSIVE_PER_WEEK_SEVERE("intensive.per_week.severe", 1, 7, "sessions a week"),
    INTENSIVE_PER_WEEK_MOST("intensive.per_week.most", 1, 7, "sessions a week"),
    REST_DAYS_LIGHT("rest_days.light", 0, 6, "days"),
    REST_DAYS_MODERATE("rest_days.moderate", 0, 6, "days"),
    REST_DAYS_DEEP("rest_days.deep", 0, 6, "days"),
    TAPER_GAP_WEEKS("taper.gap_weeks", 0, 8, "weeks"),
    MAINTENANCE_WEEKS_WELLNESS("maintenance.weeks.wellness", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_ACUTE("maintenance.weeks.acute", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_INJURY("maintenance.weeks.injury", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_CHRONIC("maintenance.weeks.chronic", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_FLARE("maintenance.weeks.flare", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_SEDENTARY("maintenance.weeks.sedentary", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_STRENUOUS("maintenance.weeks.strenuous", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_ATHLETE("maintenance.weeks.athlete", 1, 12, "weeks"),
    MAINTENANCE_WEEKS_HIGH_STRESS("maintenance.weeks.high_stress", 1, 12, "weeks"),
    RELIEF_MAINTENANCE_MIN_WEEKS("relief.maintenance.min_weeks", 1, 12, "weeks"),
    RELIEF_MAINTENANCE_MAX_WEEKS("relief.maintenance.max_weeks", 1, 12, "weeks");

    private static final Map<String, RuleParameter> BY_NAME = new HashMap<>();
    static final Set<String> NAMES;

    static {
        for (RuleParameter parameter : values()) {
            BY_NAME.put(parameter.fileName, parameter);
        }
        NAMES = Set.copyOf(Arrays.stream(values()).map(p -> p.fileName).toList());
    }

    final String fileName;
    final int min;
    final int max;
    final String unit;

    RuleParameter(String fileName, int min, int max, String unit) {
        this.fileName = fileName;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    static RuleParameter named(String name) {
        return BY_NAME.get(name);
    }
}
