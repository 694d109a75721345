package clinic.cadence.words;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.plan.Band;
import clinic.cadence.plan.Count;
import clinic.cadence.plan.Finding;
import clinic.cadence.plan.Finding.Factor;
import clinic.cadence.plan.Finding.RestCap;
import clinic.cadence.plan.Finding.Stage;
import clinic.cadence.plan.Finding.TaperCut;
import clinic.cadence.plan.Finding.Trend;
import clinic.cadence.plan.Phase;
import clinic.cadence.plan.Weekdays;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One or more findings of every kind, with values that reach the branches of the shipped messages
 * (one and many, zero, every band): every catalogue words them all at load, so a clinic's message
 * that parses but cannot be filled in stops the run there, not halfway through the plans.
 */
final class Specimens {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private Specimens() {
    }

    static List<Finding> all() {
        Count w1 = Count.weeks(1);
        Count w3 = Count.weeks(3);
        Count s0 = Count.sessions(0);
        Count s2 = Count.sessions(2);
        Count p1 = Count.perWeek(1);
        Count p3 = Count.perWeek(3);
        Weekdays days = new Weekdays(0b0010101);
        return List.of(
                new Finding.Severity(7, 7, Band.SEVERE, Band.SEVERE, Trend.SAME),
                new Finding.Severity(7, 3, Band.SEVERE, Band.MILD, Trend.EASING),
                new Finding.Severity(6, 4, Band.MODERATE, Band.MODERATE, Trend.LOWER),
                new Finding.Severity(0, 2, Band.NONE, Band.MILD, Trend.OTHER),
                new Finding.MaintenanceOnly(Condition.CHRONIC, true, 5),
                new Finding.MaintenanceOnly(Condition.WELLNESS, false, 0),
                new Finding.Worsening(3, 6, p1),
                new Finding.StillPainful(5, Count.weeks(7), Count.weeks(6), p1),
                new Finding.Episode(Condition.INJURY, true, 5, w3, Count.weeks(6)),
                new Finding.Episode(Condition.FLARE, false, 5, w1, w3),
                new Finding.Episode(Condition.ACUTE, false, 5, w1, w3),
                new Finding.IntensiveLength(Band.MODERATE, w3, Stage.EXTENDED),
                new Finding.IntensiveLength(Band.MILD, w1, Stage.PAST),
                new Finding.IntensiveLength(Band.SEVERE, w3, Stage.NOW),
                new Finding.IntensiveRhythm(Band.SEVERE, p3, true),
                new Finding.IntensiveRhythm(Band.NONE, p1, false),
                new Finding.Rest(MassageType.DEEP_TISSUE, true, Count.days(2), Count.days(3), RestCap.INSTEAD, p1, p3,
                        TaperCut.AHEAD),
                new Finding.Rest(MassageType.OTHER, false, Count.days(1), Count.days(2), RestCap.AT_MOST, p1, p3,
                        TaperCut.PAST),
                new Finding.Rest(MassageType.SWEDISH, false, Count.days(1), Count.days(2), RestCap.NONE, p1, p1,
                        TaperCut.NONE),
                new Finding.Taper(Count.weeks(2), Count.weeks(2)),
                new Finding.Taper(Count.weeks(0), Count.weeks(2)),
                new Finding.Taper(w1, Count.weeks(0)),
                new Finding.MaintenanceInterval(Count.every(3), Condition.CHRONIC, Count.every(3)),
                new Finding.MaintenanceInterval(Count.every(4), Condition.WELLNESS, Count.every(4)),
                new Finding.Lifestyle(Factor.SEDENTARY, Activity.SEDENTARY, Count.every(2)),
                new Finding.Lifestyle(Factor.STRENUOUS, Activity.STRENUOUS, Count.every(2)),
                new Finding.Lifestyle(Factor.ATHLETE, Activity.ATHLETE, Count.every(2)),
                new Finding.Lifestyle(Factor.HIGH_STRESS, Activity.MODERATE, Count.every(1)),
                new Finding.ShortestInterval(),
                new Finding.LastVisit(DAY.minusWeeks(6), DAY.minusWeeks(2), true),
                new Finding.LastVisit(DAY.minusWeeks(1), DAY.plusWeeks(7), false),
                new Finding.Relief(Count.days(2), true, p3, true, Count.every(2), true, Count.every(3)),
                new Finding.Relief(Count.days(10), false, p1, false, Count.every(3), false, Count.every(3)),
                new Finding.Availability(true, days, true, s2),
                new Finding.Availability(false, days, false, s0),
                new Finding.Availability(false, new Weekdays(0b1011111), false, s0),
                new Finding.NoAvailableDay(),
                new Finding.Budget(s0, Count.sessions(5)),
                new Finding.Budget(Count.sessions(1), Count.sessions(1)),
                new Finding.PainRising(3, 6),
                new Finding.PainPersisting(5, 8, Count.weeks(6)),
                new Finding.ReviewRhythm(p1),
                new Finding.PainInMaintenance(5, Condition.WELLNESS),
                new Finding.ReliefCapped(Count.days(1), Count.perWeek(4), 2, MassageType.HOT_STONE, Count.days(2), 3,
                        Count.perWeek(2)),
                new Finding.NoDayMeets(false, new Weekdays(0b1000000), new Weekdays(0b0111111), Count.sessions(12)),
                new Finding.NoDayMeets(true, new Weekdays(0b1111111), new Weekdays(0), Count.sessions(1)),
                new Finding.Shortfall(Count.sessions(1), days, true),
                new Finding.BudgetLimit(s0, Count.sessions(3)),
                new Finding.BudgetLimit(Count.sessions(2), Count.sessions(1)));
    }

    /** For each finding's message, the value names its record gives. */
    static Map<String, Set<String>> argumentNames() {
        Map<String, Set<String>> names = new HashMap<>();
        for (Finding f : all()) {
            Set<String> set = names.computeIfAbsent(f.key(), k -> new TreeSet<>());
            for (RecordComponent c : f.getClass().getRecordComponents()) {
                set.addAll(Arguments.namesFor(c.getName(), c.getType()));
            }
        }
        for (String unit : List.of("unit.weeks", "unit.sessions", "unit.days", "unit.perWeek", "unit.every")) {
            names.put(unit, new TreeSet<>(Set.of("n")));
        }
        names.put("unit.dayRange", new TreeSet<>(Set.of("first", "last")));
        return names;
    }

    /** Words every specimen, count, date and word in every catalogue; throws naming the message that fails. */
    static void check(Catalogues catalogues, Set<String> tags) {
        for (String tag : tags) {
            Catalogue catalogue = catalogues.all().get(tag);
            Wording words = new Wording(catalogue, catalogue.locale(), DAY);
            for (Finding f : all()) {
                words.say(f);
            }
            for (int n : new int[] {0, 1, 2, 5, 21}) {
                for (Count.Unit unit : Count.Unit.values()) {
                    words.count(new Count(unit, n));
                }
            }
            words.date(DAY);
            words.date(DAY.plusYears(1));
            words.weekdayDate(DAY);
            words.weekdayDate(DAY.plusYears(1));
            for (Enum<?>[] values : List.<Enum<?>[]>of(Band.values(), Condition.values(), MassageType.values(),
                    Phase.values())) {
                for (Enum<?> value : values) {
                    words.word(value);
                }
            }
        }
    }
}
