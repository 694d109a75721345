package clinic.cadence.plan;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import java.time.LocalDate;

/**
 * What a rule decided about one client, as facts: numbers, dates, bands, phases. No words: the
 * message under {@link #key()} in the plan's catalogue words each finding, with the record's
 * components as its named arguments (templates/README.md lists them). Rationale findings speak to
 * the client; flag findings to the therapist.
 */
public sealed interface Finding {
    /** The catalogue message that words this finding. */
    String key();

    /** How the pain moved between intake and now, as R1 tells it. */
    enum Trend { SAME, EASING, LOWER, OTHER }

    /** Where the intensive phase stands, as R3 tells it. */
    enum Stage { EXTENDED, PAST, NOW }

    /** How R5's rest days limit the week, if they do. */
    enum RestCap { NONE, INSTEAD, AT_MOST }

    /** Whether R5 shortened the taper: no, the taper ahead is shorter, or the taper past was. */
    enum TaperCut { NONE, AHEAD, PAST }

    /** What calls for a closer maintenance rhythm than the condition's (R7). */
    enum Factor { SEDENTARY, STRENUOUS, ATHLETE, HIGH_STRESS }

    // ---- the rationale (the client's plan)

    /** R1: the pain band at intake and now. */
    record Severity(int intake, int pain, Band intakeBand, Band band, Trend trend) implements Finding {
        public String key() { return "reason.R1"; }
    }

    /** R2: a maintenance-only plan (chronic or wellness); {@code painCheck}: pain calls for a look. */
    record MaintenanceOnly(Condition condition, boolean painCheck, int pain) implements Finding {
        public String key() { return "reason.R2.maintenance"; }
    }

    /** R2: pain rose since intake: review, at {@code perWeek} until then. */
    record Worsening(int intake, int pain, Count perWeek) implements Finding {
        public String key() { return "reason.R2.worse"; }
    }

    /** R2: pain still high past the longest intensive phase: review. */
    record StillPainful(int pain, Count weeksIn, Count longest, Count perWeek) implements Finding {
        public String key() { return "reason.R2.stillPainful"; }
    }

    /** R2: an episode: intensive, taper, maintenance; {@code extended}: the intensive phase runs on. */
    record Episode(Condition condition, boolean extended, int pain, Count weeksIn, Count intensive)
            implements Finding {
        public String key() { return "reason.R2.episode"; }
    }

    /** R3: the intensive phase's length from the band at intake. */
    record IntensiveLength(Band intakeBand, Count weeks, Stage stage) implements Finding {
        public String key() { return "reason.R3"; }
    }

    /** R4: the weekly rhythm for the band now; {@code asPlanned}: no other rule changed it. */
    record IntensiveRhythm(Band band, Count perWeek, boolean asPlanned) implements Finding {
        public String key() { return "reason.R4"; }
    }

    /** R5: rest days after this massage; {@code most} and {@code wanted} the weekly cap and the wish. */
    record Rest(MassageType massage, boolean deep, Count rest, Count apart, RestCap cap, Count most,
            Count wanted, TaperCut taper) implements Finding {
        public String key() { return "reason.R5"; }
    }

    /** R6: weekly sessions after the intensive phase, then weeks without one, before maintenance. */
    record Taper(Count weekly, Count gap) implements Finding {
        public String key() { return "reason.R6"; }
    }

    /** R7: the maintenance interval, and the usual one for the condition. */
    record MaintenanceInterval(Count interval, Condition condition, Count usual) implements Finding {
        public String key() { return "reason.R7"; }
    }

    /** R7: a lifestyle factor that asks for {@code interval}. */
    record Lifestyle(Factor factor, Activity activity, Count interval) implements Finding {
        public String key() { return "reason.R7.lifestyle"; }
    }

    /** R7: several intervals apply; the shortest wins. */
    record ShortestInterval() implements Finding {
        public String key() { return "reason.R7.shortest"; }
    }

    /** R7: the last visit and when the next is due. */
    record LastVisit(LocalDate lastVisit, LocalDate due, boolean overdue) implements Finding {
        public String key() { return "reason.R7.lastVisit"; }
    }

    /** R8: how long relief lasts, and what that does to the rhythm. */
    record Relief(Count relief, boolean intensive, Count perWeek, boolean capped, Count interval,
            boolean changed, Count usual) implements Finding {
        public String key() { return "reason.R8"; }
    }

    /** R9: the days sessions can be on; {@code shortfall} sessions did not fit. */
    record Availability(boolean clientDays, Weekdays days, boolean holidays, Count shortfall) implements Finding {
        public String key() { return "reason.R9"; }
    }

    /** R9: no day the client can come meets a day the clinic is open. */
    record NoAvailableDay() implements Finding {
        public String key() { return "reason.R9.none"; }
    }

    /** R10: the monthly budget and the sessions it left out. */
    record Budget(Count cap, Count leftOut) implements Finding {
        public String key() { return "reason.R10"; }
    }

    // ---- the flags (the therapist's Review sheet)

    /** THERAPIST REVIEW: pain rose from intake. */
    record PainRising(int intake, int pain) implements Finding {
        public String key() { return "flag.painRising"; }
    }

    /** THERAPIST REVIEW: pain still high in week {@code week}, past {@code longest} of intensive care. */
    record PainPersisting(int pain, int week, Count longest) implements Finding {
        public String key() { return "flag.painPersisting"; }
    }

    /** THERAPIST REVIEW: the plan is at {@code perWeek} until reviewed. */
    record ReviewRhythm(Count perWeek) implements Finding {
        public String key() { return "flag.reviewRhythm"; }
    }

    /** THERAPIST REVIEW: pain on a maintenance-only condition. */
    record PainInMaintenance(int pain, Condition condition) implements Finding {
        public String key() { return "flag.painInMaintenance"; }
    }

    /** THERAPIST REVIEW: relief asks for more sessions a week than rest days and the maximum allow. */
    record ReliefCapped(Count relief, Count need, int fit, MassageType massage, Count rest, int most,
            Count planned) implements Finding {
        public String key() { return "flag.reliefCapped"; }
    }

    /** AVAILABILITY-LIMITED: the client's days and the clinic's open days do not meet. */
    record NoDayMeets(boolean everyDay, Weekdays clientDays, Weekdays openDays, Count shortfall) implements Finding {
        public String key() { return "flag.noDayMeets"; }
    }

    /** AVAILABILITY-LIMITED: sessions short over the window on the allowed days. */
    record Shortfall(Count shortfall, Weekdays days, boolean closedDates) implements Finding {
        public String key() { return "flag.shortfall"; }
    }

    /** BUDGET-LIMITED: sessions left out to keep within the monthly cap. */
    record BudgetLimit(Count cap, Count leftOut) implements Finding {
        public String key() { return "flag.budget"; }
    }
}
