package clinic.cadence.rules;

import clinic.cadence.words.Catalogues;
import clinic.cadence.words.Wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.PhaseSpan;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Reason;
import clinic.cadence.plan.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule tables under src/test/resources/rules: one dynamic test per row, named by its case. */
class RuleCasesTest {
    private static final List<String> FILES = List.of("r1_severity.csv", "r2_phase.csv", "r3_intensive_length.csv",
            "r4_intensive_frequency.csv", "r5_rest.csv", "r6_taper.csv", "r7_maintenance.csv", "r8_relief.csv",
            "r9_availability.csv", "r10_budget.csv", "time.csv");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TestFactory
    Stream<DynamicContainer> everyRuleCase() {
        return FILES.stream().map(file -> DynamicContainer.dynamicContainer(file,
                records(file).stream().map(row -> DynamicTest.dynamicTest(row.get("case"), () -> check(row)))));
    }

    static List<CSVRecord> records(String file) {
        try (InputStream in = RuleCasesTest.class.getResourceAsStream("/rules/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void check(CSVRecord row) {
        LocalDate asOf = row.get("as_of").isEmpty() ? MONDAY : LocalDate.parse(row.get("as_of"));
        Plan plan = Rulebook.defaults().plan(client(row), Settings.defaults(), asOf);
        String described = describe(plan);
        expect(row, "band", plan.band().label(), described);
        expect(row, "phase_now", plan.phaseNow().label(), described);
        if (row.get("phase_now").equals("maintenance")) {
            assertEquals(null, plan.sessionsThisWeek(), "this_week in maintenance\n" + described);
        }
        expect(row, "this_week", plan.sessionsThisWeek() == null ? "" : plan.sessionsThisWeek().toString(), described);
        expect(row, "interval", Integer.toString(plan.maintenanceIntervalWeeks()), described);
        expect(row, "sessions", Integer.toString(plan.sessions().size()), described);
        String dates = plan.sessions().stream().map(s -> s.date().toString()).collect(Collectors.joining(" "));
        if (!row.get("first_dates").isEmpty()) {
            assertTrue((dates + " ").startsWith(row.get("first_dates") + " "),
                    "first_dates: expected " + row.get("first_dates") + "\n" + described);
        }
        expect(row, "timeline", timeline(plan), described);
        assertEquals(row.get("flags"), flags(plan), "flags\n" + described);
        expect(row, "rules", plan.rationale().stream().map(Reason::ruleId).collect(Collectors.joining(" ")),
                described);
        if (!row.get("rationale_has").isEmpty()) {
            assertTrue(described.contains(row.get("rationale_has")), "rationale_has '" + row.get("rationale_has")
                    + "'\n" + described);
        }
    }

    private static void expect(CSVRecord row, String column, String actual, String described) {
        if (!row.get(column).isEmpty()) {
            assertEquals(row.get(column), actual, column + "\n" + described);
        }
    }

    static Client client(CSVRecord row) {
        return new Client("C1", "Ada", "Client", "", Condition.valueOf(upper(row.get("condition"))),
                integer(row.get("pain")), integer(row.get("intake")), date(row.get("episode_start")),
                date(row.get("last_visit")),
                row.get("massage").isEmpty() ? MassageType.THERAPEUTIC : MassageType.valueOf(upper(row.get("massage"))),
                row.get("activity").isEmpty() ? Activity.MODERATE : Activity.valueOf(upper(row.get("activity"))),
                row.get("stress").isEmpty() ? StressLevel.MODERATE : StressLevel.valueOf(upper(row.get("stress"))),
                integer(row.get("relief_days")), integer(row.get("budget")), days(row.get("available_days")), 60,
                "", "", "");
    }

    private static Set<DayOfWeek> days(String text) {
        if (text.isEmpty()) {
            return null;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : text.split(" ")) {
            days.add(Settings.day(word));
        }
        return days;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static Integer integer(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    static String timeline(Plan plan) {
        List<String> spans = new ArrayList<>();
        for (PhaseSpan span : plan.timeline()) {
            spans.add(span.phase().label() + " " + span.start() + ".." + (span.end() == null ? "" : span.end()));
        }
        return String.join(" | ", spans);
    }

    static String flags(Plan plan) {
        List<String> flags = new ArrayList<>();
        for (Flag flag : plan.flags()) {
            flags.add(flag.kind() == FlagKind.THERAPIST_REVIEW ? "REVIEW"
                    : (flag.kind() == FlagKind.AVAILABILITY_LIMITED ? "AVAIL:" : "BUDGET:") + flag.sessions());
        }
        return String.join(" ", flags);
    }

    /** The whole plan in words, so a failing case shows what the rulebook did. */
    static String describe(Plan plan) {
        // The rules give facts; the English catalogue words them, so rationale_has reads as a client would.
        Wording english = Wording.of(Catalogues.builtIn(), Settings.defaults().language(), plan.asOf());
        StringBuilder text = new StringBuilder();
        text.append("band=").append(plan.band().label()).append(" phase=").append(plan.phaseNow().label())
                .append(" thisWeek=").append(plan.sessionsThisWeek()).append(" M=")
                .append(plan.maintenanceIntervalWeeks()).append('\n');
        text.append("timeline: ").append(timeline(plan)).append('\n');
        text.append("sessions (").append(plan.sessions().size()).append("):");
        for (Session session : plan.sessions()) {
            text.append(' ').append(session.date()).append('/').append(session.phase().label().charAt(0));
        }
        text.append('\n');
        for (Flag flag : plan.flags()) {
            text.append("flag ").append(flag.kind().label()).append(" (").append(flag.sessions()).append("): ")
                    .append(english.say(flag.findings())).append('\n');
        }
        for (Reason reason : plan.rationale()) {
            text.append(reason.ruleId()).append(": ").append(english.say(reason.findings())).append('\n');
        }
        return text.toString();
    }
}
