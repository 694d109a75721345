package clinic.cadence.plan;

/**
 * A number of something a plan counts, with its unit, so every plan says it the same way: the
 * catalogue's {@code unit.*} message words it ("2 weeks", "2 semanas"), wherever it appears.
 */
public record Count(Unit unit, int n) {
    public enum Unit {
        /** "2 weeks" */
        WEEKS,
        /** "3 sessions" */
        SESSIONS,
        /** "4 days" */
        DAYS,
        /** "2 sessions a week" */
        PER_WEEK,
        /** "every 3 weeks", "every week": an interval between sessions */
        EVERY
    }

    public static Count weeks(int n) {
        return new Count(Unit.WEEKS, n);
    }

    public static Count sessions(int n) {
        return new Count(Unit.SESSIONS, n);
    }

    public static Count days(int n) {
        return new Count(Unit.DAYS, n);
    }

    public static Count perWeek(int n) {
        return new Count(Unit.PER_WEEK, n);
    }

    /** An interval of {@code n} weeks. */
    public static Count every(int n) {
        return new Count(Unit.EVERY, n);
    }
}
