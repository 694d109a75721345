package clinic.cadence.rules;

/**
 * Which days of one week hold its sessions (R5 rest days, R9 even spread). Days are bits of a
 * mask, bit 0 Monday. The answer depends only on the candidate days, the number wanted, the
 * rest days and where the week starts, so it is computed once per combination and cached: a
 * roster of a million clients has a few hundred distinct weeks.
 */
final class WeekPattern {
    private static final int DAYS = 7;
    /** Chosen mask + 1, or 0 when not computed yet. Races only recompute the same answer. */
    private static final int[] CACHE = new int[128 * 8 * 7 * 7];

    private WeekPattern() {
    }

    /**
     * @param candidates the days that may hold a session (allowed, open, not closed, rested)
     * @param wanted     sessions the rules call for this week
     * @param rest       full days of rest between two sessions
     * @param from       the first day of the week the episode covers (0 but in week 0)
     * @return the chosen days: as many as fit, up to {@code wanted}, spread as evenly as the days allow
     */
    static int choose(int candidates, int wanted, int rest, int from) {
        int n = Math.min(wanted, DAYS);
        int r = Math.min(rest, 6);
        int key = ((candidates * 8 + n) * 7 + r) * 7 + from;
        int cached = CACHE[key];
        if (cached == 0) {
            cached = search(candidates, n, r, from) + 1;
            CACHE[key] = cached;
        }
        return cached - 1;
    }

    /**
     * The most sessions that fit, and among those the set closest to the ideal even spread
     * (3 a week: Mon/Wed/Fri; 2: Mon/Thu). Ties go to the earlier days: relief sooner.
     */
    private static int search(int candidates, int wanted, int rest, int from) {
        for (int n = Math.min(wanted, Integer.bitCount(candidates)); n > 0; n--) {
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            for (int mask = 1; mask < 1 << DAYS; mask++) {
                if ((mask & ~candidates) != 0 || Integer.bitCount(mask) != n || !rested(mask, rest)) {
                    continue;
                }
                int cost = cost(mask, n, from);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = mask;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return 0;
    }

    /** At least {@code rest} free days between any two chosen days. */
    private static boolean rested(int mask, int rest) {
        int last = -DAYS;
        for (int day = 0; day < DAYS; day++) {
            if ((mask & 1 << day) != 0) {
                if (day - last <= rest) {
                    return false;
                }
                last = day;
            }
        }
        return true;
    }

    /** Distance from the even spread: the k-th of n sessions ideally on day from + k * (7 - from) / n. */
    private static int cost(int mask, int n, int from) {
        int cost = 0;
        int k = 0;
        for (int day = 0; day < DAYS; day++) {
            if ((mask & 1 << day) != 0) {
                int ideal = from + k * (DAYS - from) / n;
                cost += Math.abs(day - ideal);
                k++;
            }
        }
        return cost;
    }
}
