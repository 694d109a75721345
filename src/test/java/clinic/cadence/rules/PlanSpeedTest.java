package clinic.cadence.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * plan() must stay cheap: a run plans a million clients, and the PDFs, not the rules, should be
 * what takes the time. Measures a varied mix of clients (every condition, modality and option).
 */
class PlanSpeedTest {
    private static final int CLIENTS = 300_000;

    @Test
    void aMillionClientsPlanInWellUnderAMinute() {
        Rulebook rules = Rulebook.defaults();
        Settings settings = Settings.defaults();
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        Client[] mix = mix(asOf);
        long sessions = 0;
        for (int i = 0; i < 20_000; i++) {
            sessions += rules.plan(mix[i % mix.length], settings, asOf).sessions().size();
        }
        // CPU time of this thread, not wall time: five builds share two cores, and waiting for a core
        // is not the rulebook's cost.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CLIENTS; i++) {
            sessions += rules.plan(mix[i % mix.length], settings, asOf.plusDays(i % 7)).sessions().size();
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double perMillion = seconds * 1_000_000 / CLIENTS;
        System.out.printf("plan(): %,d clients in %.2f s CPU, %.1f s a million (%,d sessions)%n", CLIENTS, seconds,
                perMillion, sessions);
        // One core; a run has more. Generous, so a slow machine does not fail it, yet a regression to
        // per-client formatting or pattern compiling would.
        assertTrue(perMillion < 10, "a million clients would take " + perMillion + " s");
    }

    private static Client[] mix(LocalDate asOf) {
        Condition[] conditions = Condition.values();
        MassageType[] massages = MassageType.values();
        Activity[] activities = Activity.values();
        StressLevel[] stress = StressLevel.values();
        Client[] clients = new Client[997];
        for (int i = 0; i < clients.length; i++) {
            Condition condition = conditions[i % conditions.length];
            int pain = i % 11;
            Integer intake = condition.isEpisode() ? Integer.valueOf(1 + (i * 7) % 10) : null;
            LocalDate start = i % 3 == 0 ? null : asOf.minusDays(i % 120);
            LocalDate visit = i % 4 == 0 ? asOf.minusDays(i % 60) : null;
            Set<DayOfWeek> days = i % 5 == 0 ? EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY)
                    : null;
            clients[i] = new Client("C" + i, "A", "B", "", condition, pain, intake, start, visit,
                    massages[i % massages.length], activities[i % activities.length], stress[i % stress.length],
                    i % 6 == 0 ? Integer.valueOf(1 + i % 30) : null, i % 7 == 0 ? Integer.valueOf(i % 9) : null, days,
                    60, "", "", "");
        }
        return clients;
    }
}
