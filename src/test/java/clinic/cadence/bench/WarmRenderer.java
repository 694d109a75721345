package clinic.cadence.bench;

import clinic.cadence.pdf.PlanRenderer;
import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Roster;
import clinic.cadence.roster.RosterEntry;
import clinic.cadence.roster.RosterOptions;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A child JVM of the benchmark's JasperReports section (issue 16): Cadence's bare renderer, warm,
 * one thread, PDFs kept in memory, the counterpart of the Jasper peer's {@code --warm}. The plans
 * are made first and untimed; each measured plan is worded, templated, laid out and written.
 *
 * <p>{@code WarmRenderer ROSTER PLANS WARMUP_ROUNDS ROUNDS}; prints {@code BENCH plans=..
 * ms_per_plan=a/b/c best_ms=..}.
 */
public final class WarmRenderer {
    private WarmRenderer() {
    }

    public static void main(String[] args) {
        Path roster = Path.of(args[0]);
        int limit = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Settings settings = Settings.defaults();
        Rulebook rulebook = Rulebook.defaults();
        List<Plan> plans = new ArrayList<>();
        Roster.read(roster, new RosterOptions(null, null, RosterGenerator.AS_OF), entry -> {
            if (entry instanceof RosterEntry.ClientRow row && plans.size() < limit) {
                plans.add(rulebook.plan(row.client(), settings, RosterGenerator.AS_OF));
            }
        });
        PlanRenderer renderer = PlanRenderer.load(null, settings);
        double[] ms = new double[rounds];
        long bytes = 0;
        for (int round = 0; round < warmups + rounds; round++) {
            long start = System.nanoTime();
            for (Plan plan : plans) {
                bytes += renderer.render(plan).length;
            }
            double perPlan = (System.nanoTime() - start) / 1e6 / plans.size();
            System.err.printf(Locale.ROOT, "  [cadence] %s round %d: %.3f ms per plan%n",
                    round < warmups ? "warm-up" : "measured", round + 1, perPlan);
            if (round >= warmups) {
                ms[round - warmups] = perPlan;
            }
        }
        StringBuilder list = new StringBuilder();
        for (double m : ms) {
            list.append(list.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f", m));
        }
        System.out.printf(Locale.ROOT, "BENCH plans=%d warmup_rounds=%d ms_per_plan=%s best_ms=%.3f kb_per_plan=%.1f%n",
                plans.size(), warmups, list, Arrays.stream(ms).min().orElse(Double.NaN),
                bytes / 1024.0 / plans.size() / (warmups + rounds));
    }
}
