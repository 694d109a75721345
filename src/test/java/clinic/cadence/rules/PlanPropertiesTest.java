package clinic.cadence.rules;

import clinic.cadence.words.Catalogues;
import clinic.cadence.words.Wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.Intensity;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every plan, over generated clients, dates and clinic calendars. */
class PlanPropertiesTest {
    /** Every shipped language words every finding of every plan (the catalogues hold no gap for any fact). */
    private static final List<Wording> WORDINGS = Catalogues.SHIPPED.stream()
            .map(tag -> Wording.of(Catalogues.builtIn(), java.util.Locale.forLanguageTag(tag),
                    java.time.LocalDate.of(2026, 11, 23)))
            .toList();

    private static final Rulebook RULES = Rulebook.defaults();

    /** A generated case: the client, the clinic's calendar and the plan date. */
    record Case(Client client, Settings settings, LocalDate asOf) {
        Plan plan() {
            return RULES.plan(client, settings, asOf);
        }

        @Override
        public String toString() {
            return client + " open=" + settings.openDays() + " closed=" + settings.closedDates()
                    + " asOf=" + asOf;
        }
    }

    @Property(tries = 1500)
    void sessionsAreInTheWindowOnAllowedDaysAndRested(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Client client = c.client();
        LocalDate start = client.episodeStart() == null ? c.asOf() : client.episodeStart();
        int rest = client.massageType().intensity() == Intensity.DEEP ? 2 : 1;
        LocalDate previous = null;
        for (Session session : plan.sessions()) {
            LocalDate day = session.date();
            assertFalse(day.isBefore(c.asOf()), "before as-of: " + day);
            assertFalse(day.isBefore(start), "before the episode start: " + day);
            assertFalse(day.isAfter(plan.windowEnd()), "after the window: " + day);
            assertTrue(c.settings().openDays().contains(day.getDayOfWeek()), "clinic closed that weekday: " + day);
            assertFalse(c.settings().closedDates().contains(day), "closed date: " + day);
            assertTrue(client.availableDays() == null || client.availableDays().contains(day.getDayOfWeek()),
                    "client not available: " + day);
            assertEquals(client.sessionMinutes(), session.minutes());
            if (previous != null) {
                assertTrue(ChronoUnit.DAYS.between(previous, day) > rest,
                        "fewer than " + rest + " rest days between " + previous + " and " + day);
            }
            previous = day;
        }
    }

    @Property(tries = 1500)
    void noMonthOverTheBudget(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Integer cap = c.client().maxSessionsPerMonth();
        if (cap == null) {
            return;
        }
        Map<YearMonth, Integer> perMonth = new HashMap<>();
        for (Session session : plan.sessions()) {
            perMonth.merge(YearMonth.from(session.date()), 1, Integer::sum);
        }
        perMonth.forEach((month, n) -> assertTrue(n <= cap, month + " has " + n + " over " + cap));
        if (cap == 0) {
            assertTrue(plan.sessions().isEmpty());
            assertTrue(plan.isFlagged(FlagKind.BUDGET_LIMITED), "budget 0 must say so");
        }
    }

    @Property(tries = 1500)
    void everyFlagHasItsReasonAndItsRationaleLine(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Set<String> cited = plan.rationale().stream().map(Reason::ruleId).collect(Collectors.toSet());
        int lastKind = -1;
        for (Flag flag : plan.flags()) {
            assertTrue(flag.kind().ordinal() > lastKind, "flags in FlagKind order, one per kind");
            lastKind = flag.kind().ordinal();
            assertFalse(flag.findings().isEmpty());
            for (Wording words : WORDINGS) {
                assertFalse(words.say(flag.findings()).isBlank(), words.locale() + " " + flag);
            }
            if (flag.kind() == FlagKind.THERAPIST_REVIEW) {
                assertTrue(cited.contains("R2") || cited.contains("R8"));
            } else if (flag.kind() == FlagKind.AVAILABILITY_LIMITED) {
                assertTrue(flag.sessions() > 0);
                assertTrue(cited.contains("R9"));
            } else {
                assertTrue(cited.contains("R10"));
            }
        }
        int lastRule = 0;
        for (Reason reason : plan.rationale()) {
            int rule = Integer.parseInt(reason.ruleId().substring(1));
            assertTrue(rule > lastRule, "one line per rule, in rule order: " + plan.rationale());
            lastRule = rule;
            assertFalse(reason.findings().isEmpty());
            for (Wording words : WORDINGS) {
                String text = words.say(reason.findings());
                assertFalse(text.isBlank() || text.contains("{"), words.locale() + ": " + text);
            }
        }
        assertTrue(cited.contains("R2") && cited.contains("R7"), "phase and interval are always explained");
        if (c.client().reliefDays() != null) {
            assertTrue(cited.contains("R8"));
        }
        assertEquals(plan.phaseNow() == clinic.cadence.plan.Phase.MAINTENANCE, plan.sessionsThisWeek() == null);
    }

    /** Counterfactuals: when leaving a client's value or the clinic's holidays out changes the plan, its rule is cited. */
    @Property(tries = 1000)
    void everyRuleThatChangedThePlanIsCited(@ForAll("cases") Case c) {
        Plan plan = c.plan();
        Set<String> cited = plan.rationale().stream().map(Reason::ruleId).collect(Collectors.toSet());
        Client client = c.client();
        if (client.maxSessionsPerMonth() != null && differs(plan, with(c, withBudget(client, null)))) {
            assertTrue(cited.contains("R10"), "budget changed the plan: " + plan.rationale());
        }
        if (client.availableDays() != null && differs(plan, with(c, withDays(client, null)))) {
            assertTrue(cited.contains("R9"), "client's days changed the plan: " + plan.rationale());
        }
        Settings noHolidays = new Settings("", "", c.settings().openDays(), Set.of(), 15, 12,
                c.settings().paper(), "", List.of());
        if (differs(plan, new Case(client, noHolidays, c.asOf()).plan())) {
            assertTrue(cited.contains("R9"), "closed dates changed the plan: " + plan.rationale());
        }
        if (client.massageType().intensity() == Intensity.DEEP
                && differs(plan, with(c, withMassage(client, MassageType.THERAPEUTIC)))) {
            assertTrue(cited.contains("R5"), "deep work's rest days changed the plan: " + plan.rationale());
        }
    }

    @Property(tries = 1000)
    void samePlanForTheSameInputs(@ForAll("cases") Case c) {
        assertEquals(c.plan(), c.plan());
    }

    /**
     * Plan stability: a row with its own dates, planned as of 8 consecutive Mondays, gives the same
     * sessions where the windows overlap. Rows whose plan by design changes with weeks_in are left out:
     * pain still at 4 or more in an episode (extension, review) and getting worse (review as of now),
     * and a last visit (it goes overdue as the weeks pass).
     */
    @Property(tries = 300)
    void sameSessionsOverEightMondays(@ForAll("stableCases") Case c) {
        LocalDate monday = c.asOf();
        Plan[] plans = new Plan[8];
        for (int k = 0; k < 8; k++) {
            plans[k] = RULES.plan(c.client(), c.settings(), monday.plusWeeks(k));
        }
        for (int k = 0; k < 8; k++) {
            for (int j = k + 1; j < 8; j++) {
                LocalDate from = plans[j].asOf();
                LocalDate to = plans[k].windowEnd();
                assertEquals(between(plans[k], from, to), between(plans[j], from, to),
                        "as of " + plans[k].asOf() + " and " + plans[j].asOf());
            }
        }
    }

    private static List<Session> between(Plan plan, LocalDate from, LocalDate to) {
        return plan.sessions().stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).toList();
    }

    private static boolean differs(Plan a, Plan b) {
        return !a.sessions().equals(b.sessions()) || !a.timeline().equals(b.timeline())
                || !java.util.Objects.equals(a.sessionsThisWeek(), b.sessionsThisWeek())
                || a.maintenanceIntervalWeeks() != b.maintenanceIntervalWeeks();
    }

    private static Plan with(Case c, Client client) {
        return RULES.plan(client, c.settings(), c.asOf());
    }

    // ---- generators ----

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(drafts(false), calendars(), dates())
                .as((draft, settings, asOf) -> new Case(client(draft, false, asOf), settings, asOf));
    }

    @Provide
    Arbitrary<Case> stableCases() {
        // The Mondays start on or after the plan date, so the row's dates are never after any of them.
        return Combinators.combine(drafts(true), calendars(), dates()).as((draft, settings, asOf) -> new Case(
                client(draft, true, asOf), settings, asOf.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))));
    }

    private static Arbitrary<LocalDate> dates() {
        LocalDate base = LocalDate.of(2026, 1, 1);
        return Arbitraries.integers().between(0, 800).map(base::plusDays);
    }

    /** Default calendar, or random open days and holidays over the next months. */
    private static Arbitrary<Settings> calendars() {
        Arbitrary<Set<DayOfWeek>> open = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Set<LocalDate>> closed = Arbitraries.integers().between(0, 1200)
                .map(n -> LocalDate.of(2026, 1, 1).plusDays(n)).set().ofMaxSize(60);
        Arbitrary<Settings> random = Combinators.combine(open, closed).as((days, dates) -> new Settings("", "",
                days, dates, 15, 12, clinic.cadence.rules.Paper.A4, "", List.of()));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Settings.defaults())),
                net.jqwik.api.Tuple.of(2, random));
    }

    /** The values of a client as the roster validates them; {@code stable}: own dates, no review ahead. */
    private static Arbitrary<List<Object>> drafts(boolean stable) {
        Arbitrary<Condition> condition = Arbitraries.of(Condition.class);
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> intake = Arbitraries.integers().between(1, 10).injectNull(0.3);
        Arbitrary<Integer> startAgo = Arbitraries.integers().between(0, 400).injectNull(stable ? 0 : 0.3);
        Arbitrary<Integer> visitAgo = Arbitraries.integers().between(0, 120).injectNull(stable ? 1 : 0.5);
        Arbitrary<MassageType> massage = Arbitraries.of(MassageType.class);
        Arbitrary<Activity> activity = Arbitraries.of(Activity.class);
        Arbitrary<StressLevel> stress = Arbitraries.of(StressLevel.class);
        Arbitrary<Integer> relief = Arbitraries.integers().between(1, 40).injectNull(0.5);
        Arbitrary<Integer> budget = Arbitraries.integers().between(0, 12).injectNull(0.5);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7)
                .injectNull(0.4);
        Arbitrary<Integer> minutes = Arbitraries.of(30, 45, 60, 75, 90, 120);
        return Combinators.combine(List.of(any(condition), any(pain), any(intake), any(startAgo), any(visitAgo),
                any(massage), any(activity), any(stress), any(relief), any(budget), any(days), any(minutes)))
                .as(v -> v);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> any(Arbitrary<?> arbitrary) {
        return (Arbitrary<Object>) arbitrary;
    }

    @SuppressWarnings("unchecked")
    private static Client client(List<Object> v, boolean stable, LocalDate asOf) {
        Condition condition = (Condition) v.get(0);
        Integer pain = (Integer) v.get(1);
        Integer intake = (Integer) v.get(2);
        if (condition.isEpisode()) {
            int atIntake = intake == null ? pain : intake;
            if (atIntake < 1) {
                intake = 1;
            }
            if (stable) {
                // No extension or review ahead: the pain has subsided below 4 and is not getting worse.
                pain = Math.min(pain, 3);
                intake = intake == null ? Math.max(1, pain) : Math.max(intake, pain);
            }
        } else if (pain == 0 && !stable) {
            pain = null;
        }
        LocalDate start = v.get(3) == null ? null : asOf.minusDays((Integer) v.get(3));
        LocalDate visit = v.get(4) == null ? null : asOf.minusDays((Integer) v.get(4));
        return new Client("C", "A", "B", "", condition, pain, intake, start, visit, (MassageType) v.get(5),
                (Activity) v.get(6), (StressLevel) v.get(7), (Integer) v.get(8), (Integer) v.get(9),
                (Set<DayOfWeek>) v.get(10), (Integer) v.get(11), "", "", "");
    }

    private static Client withBudget(Client c, Integer budget) {
        return new Client(c.id(), c.firstName(), c.lastName(), c.fullName(), c.condition(), c.painLevel(),
                c.intakePain(), c.episodeStart(), c.lastVisit(), c.massageType(), c.activity(), c.stressLevel(),
                c.reliefDays(), budget, c.availableDays(), c.sessionMinutes(), c.location(), c.therapist(), c.email());
    }

    private static Client withDays(Client c, Set<DayOfWeek> days) {
        return new Client(c.id(), c.firstName(), c.lastName(), c.fullName(), c.condition(), c.painLevel(),
                c.intakePain(), c.episodeStart(), c.lastVisit(), c.massageType(), c.activity(), c.stressLevel(),
                c.reliefDays(), c.maxSessionsPerMonth(), days, c.sessionMinutes(), c.location(), c.therapist(),
                c.email());
    }

    private static Client withMassage(Client c, MassageType massage) {
        return new Client(c.id(), c.firstName(), c.lastName(), c.fullName(), c.condition(), c.painLevel(),
                c.intakePain(), c.episodeStart(), c.lastVisit(), massage, c.activity(), c.stressLevel(),
                c.reliefDays(), c.maxSessionsPerMonth(), c.availableDays(), c.sessionMinutes(), c.location(),
                c.therapist(), c.email());
    }

}
