package clinic.cadence.rules;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Phase;
import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * Puts the course's sessions on days (R5 rest days, R7 maintenance due dates, R9 availability).
 *
 * <p>Weeks are placed from week 0 of the episode as if whole, whatever the as-of date, so an
 * unchanged row gets the same future sessions every week. Placement runs over whole calendar
 * months around the window, because R10 counts a month's sessions, past ones included.
 */
final class Placement {
    private static final long NONE = Long.MIN_VALUE / 4;

    private final Course course;
    private final int allowed;
    private final long[] closed;
    private final long asOf;
    private final long windowStart;
    private final long windowEnd;
    private final long from;
    private final long to;

    /** Placed sessions between {@code from} and {@code to}: epoch days, and each one's phase. */
    long[] days = new long[32];
    Phase[] phases = new Phase[32];
    int count;
    /** Sessions the rules called for in the window's weeks that no allowed day could hold (R9). */
    int shortfall;
    /** R7 re-anchoring by the last visit: the Monday it made due, or NONE. */
    long lastVisitDue = NONE;
    boolean overdue;
    /** Rest days after a previous session moved or removed a session (R5 shaped the plan). */
    boolean restMoved;
    /** A closed date moved or removed a session (R9 shaped the plan). */
    boolean closedMoved;
    private long previous = NONE;
    /** No session before this day: the episode's start, or today for a review decided today. */
    private long floor;

    Placement(Course course, Client client, Settings settings, long asOf, long windowStart, long windowEnd,
            long from, long to) {
        this.course = course;
        this.allowed = settings.openDayMask() & clientDays(client);
        this.closed = settings.closedEpochDays();
        this.asOf = asOf;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.from = from;
        this.to = to;
    }

    /** Bit mask of the client's days, every day when the roster gave none. */
    static int clientDays(Client client) {
        if (client.availableDays() == null) {
            return 0x7F;
        }
        int mask = 0;
        for (DayOfWeek day : client.availableDays()) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    int allowedDays() {
        return allowed;
    }

    Placement place(Client client, int reviewPerWeek) {
        floor = course.start;
        if (course.review) {
            // Review is decided as of today, so its weekly sessions start today, placed like a
            // week 0 that starts today.
            floor = Math.max(course.start, asOf);
            for (int week = Math.max(0, course.weeksIn); course.week0 + 7L * week <= to; week++) {
                placeWeek(week, reviewPerWeek, Phase.REVIEW);
            }
            return this;
        }
        if (course.episode) {
            for (int week = 0; week <= course.lastWeeklyWeek() && course.week0 + 7L * week <= to; week++) {
                placeWeek(week, course.perWeekIn(week), course.phaseOf(week));
            }
        }
        // rules.md re-anchors only in MAINTENANCE: during intensive care and the taper the weekly
        // rhythm, not the last visit, decides.
        boolean reanchor = client.lastVisit() != null && course.phaseNow == Phase.MAINTENANCE;
        if (reanchor) {
            placeAfterLastVisit(client.lastVisit().toEpochDay());
        } else {
            placeMaintenance(course.week0 + 7L * course.maintenanceFrom());
        }
        return this;
    }

    private void placeWeek(int week, int wanted, Phase phase) {
        long monday = course.week0 + 7L * week;
        if (wanted == 0) {
            return;
        }
        int closedDays = closedMask(monday);
        int open = allowed & ~closedDays;
        int rested = open & ~below(previous + course.rest + 1 - monday);
        int fromDay = (int) Math.max(0, Math.min(6, floor - monday));
        int notBefore = ~below(floor - monday);
        int chosen = WeekPattern.choose(rested & notBefore, wanted, course.rest, fromDay);
        // Cheap (cached) second looks, so the rationale cites R5 and R9 only when they moved something.
        restMoved |= rested != open && chosen != WeekPattern.choose(open & notBefore, wanted, course.rest, fromDay);
        closedMoved |= (allowed & closedDays) != 0 && chosen != WeekPattern.choose(
                allowed & ~below(previous + course.rest + 1 - monday) & notBefore, wanted, course.rest, fromDay);
        if (monday >= windowStart && monday <= windowEnd) {
            // Days of week 0 before the episode starts are not a shortfall: count only what the
            // week would lack had it been whole.
            int whole = floor > monday ? WeekPattern.choose(rested, wanted, course.rest, 0) : chosen;
            shortfall += wanted - Integer.bitCount(whole);
        }
        for (int day = 0; day < 7; day++) {
            if ((chosen & 1 << day) != 0) {
                add(monday + day, phase);
            }
        }
    }

    /**
     * Maintenance due every M weeks from {@code firstDue}, each placed on the first allowed day from
     * its due Monday. When a session lands in a later week than its due week (the episode's start,
     * a closed week or the client's days pushed it), the cadence runs on from that session, as R7
     * says of an overdue one: no two maintenance sessions are closer than M weeks.
     *
     * <p>So the history is walked from the first due week, not picked up near the months placed: a
     * session pushed a year ago still sets today's rhythm, and the plan does not depend on as-of.
     * A step costs a few day tests; a roster's episodes reach back months, not decades.
     */
    private void placeMaintenance(long firstDue) {
        long step = 7L * course.maintenanceWeeks;
        long due = firstDue;
        while (due <= to) {
            long day = placeDue(due, step);
            due = day == NONE ? due + step : Math.max(due + step, Course.monday(day) + step);
        }
    }

    /**
     * R7: the last visit re-anchors the cadence; when the week it makes due is already past, or the
     * session it makes due would fall before today, the client is overdue and comes on the first
     * allowed day from today, and the cadence runs every M weeks from that session.
     *
     * <p>The week test matters when nothing may be placed before today (a row without
     * episode_start): the due session then lands on today, and without the test the cadence ran on
     * from the old due week, booking the next session one to three weeks later.
     */
    private void placeAfterLastVisit(long lastVisit) {
        long step = 7L * course.maintenanceWeeks;
        long due = Course.monday(lastVisit) + step;
        lastVisitDue = due;
        boolean weekPast = due < Course.monday(asOf);
        long day = weekPast ? NONE : firstAllowed(Math.max(due, earliest()), due + step);
        if (weekPast || due < asOf && (day == NONE || day < asOf)) {
            overdue = true;
            day = firstAllowed(Math.max(asOf, earliest()), asOf + step);
            if (day == NONE) {
                shortfall++;
                placeMaintenance(Course.monday(asOf) + step);
                return;
            }
            add(day, Phase.MAINTENANCE);
            placeMaintenance(Course.monday(day) + step);
            return;
        }
        placeMaintenance(due);
    }

    /**
     * One maintenance session, on the first allowed day from its due Monday. The search stops at
     * the next due Monday: a session that cannot be placed before then is short (R9), rather than
     * piling onto the next one.
     *
     * @return the day placed, or NONE
     */
    private long placeDue(long due, long step) {
        long first = Math.max(due, floor);
        long day = firstAllowed(Math.max(first, earliest()), due + step);
        if (earliest() > first) {
            boolean closedBefore = closedMoved;
            restMoved |= firstAllowed(first, due + step) != day;
            closedMoved = closedBefore;
        }
        if (day != NONE) {
            add(day, Phase.MAINTENANCE);
        } else if (due >= windowStart && due <= windowEnd) {
            shortfall++;
        }
        return day;
    }

    private long earliest() {
        return Math.max(floor, previous + course.rest + 1);
    }

    /** The first allowed, open, not closed day in [{@code first}, {@code before}), or NONE. */
    private long firstAllowed(long first, long before) {
        if (allowed == 0) {
            return NONE;
        }
        for (long day = first; day < before; day++) {
            if ((allowed & 1 << Course.dayOfWeek(day)) != 0) {
                if (Arrays.binarySearch(closed, day) < 0) {
                    return day;
                }
                closedMoved = true;
            }
        }
        return NONE;
    }

    private void add(long day, Phase phase) {
        previous = day;
        if (day < from || day > to) {
            return;
        }
        if (count == days.length) {
            days = Arrays.copyOf(days, count * 2);
            phases = Arrays.copyOf(phases, count * 2);
        }
        days[count] = day;
        phases[count] = phase;
        count++;
    }

    /** Closed dates of the week starting {@code monday}, as a day mask. */
    private int closedMask(long monday) {
        if (closed.length == 0) {
            return 0;
        }
        int index = Arrays.binarySearch(closed, monday);
        int mask = 0;
        for (int i = index < 0 ? -index - 1 : index; i < closed.length && closed[i] < monday + 7; i++) {
            mask |= 1 << (int) (closed[i] - monday);
        }
        return mask;
    }

    /** The days of the week before day {@code offset} (clamped to the week). */
    private static int below(long offset) {
        if (offset <= 0) {
            return 0;
        }
        return offset >= 7 ? 0x7F : (1 << offset) - 1;
    }
}
