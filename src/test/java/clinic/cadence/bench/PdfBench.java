package clinic.cadence.bench;

import clinic.cadence.client.Client;
import clinic.cadence.pdf.PlanFileNames;
import clinic.cadence.pdf.PlanRenderer;
import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Roster;
import clinic.cadence.roster.RosterEntry;
import clinic.cadence.roster.RosterOptions;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import clinic.cadence.run.Cadence;
import clinic.cadence.run.PdfStageProbe;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A child JVM of the benchmark that compares, in one warmed-up process, Cadence's whole run with
 * PDFs against the bare renderer (the rulebook's plan and the PDF renderer, nothing else) for the
 * same clients and threads, and times the run's PDF stage with one thread and with two.
 *
 * <p>{@code PdfBench ROSTER CAPACITY WORK_DIR THREADS WARMUP_ROWS STAGE_PLANS}
 */
public final class PdfBench {
    private final Path roster;
    private final Path capacity;
    private final Path work;
    private final int threads;
    private final Rulebook rulebook = Rulebook.defaults();
    private final Settings settings = Settings.defaults();
    private final PlanRenderer renderer = PlanRenderer.load(null, settings);

    private PdfBench(Path roster, Path capacity, Path work, int threads) {
        this.roster = roster;
        this.capacity = capacity;
        this.work = work;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Memory memory = Memory.watch();
        Files.createDirectories(Path.of(args[2]));
        PdfBench bench = new PdfBench(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        int warmupRows = Integer.parseInt(args[4]);
        int stagePlans = Integer.parseInt(args[5]);
        List<Client> clients = bench.clients();
        StringBuilder line = new StringBuilder("BENCH clients=" + clients.size());

        // Warm-up round: the whole run on the first rows, and the bare renderer on the first clients.
        Path warmRoster = bench.firstRows(warmupRows);
        bench.cadence(warmRoster, "out-warmup");
        bench.bare(clients.subList(0, Math.min(warmupRows, clients.size())));
        log("warm-up done");

        // Alternating rounds, best of each: the machine is shared, and a neighbour's burst should
        // not decide the ratio.
        double[] bare = new double[2];
        double[] whole = new double[2];
        int status = 0;
        for (int round = 0; round < 2; round++) {
            bare[round] = bench.bare(clients);
            double[] run = bench.cadence(bench.roster, "out-e2e");
            whole[round] = run[0];
            status = Math.max(status, (int) run[1]);
            log(String.format(Locale.ROOT, "round %d: bare renderer %d PDFs in %.1f s; Cadence whole run %.1f s (status %d)",
                    round + 1, clients.size(), bare[round], whole[round], (int) run[1]));
        }
        line.append(fields("bare_s", bare)).append(fields("cadence_s", whole)).append(" cadence_status=").append(status);

        List<Plan> plans = bench.plans(clients.subList(0, Math.min(stagePlans, clients.size())));
        List<String> files = fileNames(plans);
        Path stageOut = Files.createDirectories(bench.work.resolve("stage"));
        double[] one = new double[3];
        double[] two = new double[3];
        for (int round = 0; round < one.length; round++) {
            one[round] = PdfStageProbe.seconds(bench.renderer, plans, files, stageOut, 1);
            two[round] = PdfStageProbe.seconds(bench.renderer, plans, files, stageOut, 2);
            log(String.format(Locale.ROOT, "PDF stage, %d plans: 1 thread %.1f s, 2 threads %.1f s", plans.size(),
                    one[round], two[round]));
        }
        line.append(" stage_plans=").append(plans.size()).append(fields("stage1_s", one)).append(fields("stage2_s", two));
        System.out.println(line + " " + memory.report());
    }

    /** The roster's active, valid clients, read by Cadence's own reader. */
    private List<Client> clients() {
        List<Client> clients = new ArrayList<>();
        Roster.read(roster, new RosterOptions(null, null, RosterGenerator.AS_OF), entry -> {
            if (entry instanceof RosterEntry.ClientRow) {
                clients.add(((RosterEntry.ClientRow) entry).client());
            }
        });
        return clients;
    }

    /** Seconds for the bare renderer to plan and render every client on {@code threads} threads; bytes dropped. */
    private double bare(List<Client> clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        LongAdder bytes = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < clients.size(); i = next.getAndIncrement()) {
                        Plan plan = rulebook.plan(clients.get(i), settings, RosterGenerator.AS_OF);
                        bytes.add(renderer.render(plan).length);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (bytes.sum() == 0 && !clients.isEmpty()) {
            throw new IllegalStateException("the renderer gave no bytes");
        }
        return seconds;
    }

    /** {seconds, exit status} of one whole Cadence run, in this JVM, as the command line runs it. */
    private double[] cadence(Path rosterFile, String out) {
        long start = System.nanoTime();
        int status = Cadence.run(new String[] {"--roster", rosterFile.toString(), "--capacity", capacity.toString(),
            "--out", work.resolve(out).toString(), "--as-of", RosterGenerator.AS_OF.toString(),
            "--threads", Integer.toString(threads), "--quiet"}, System.out, System.err);
        return new double[] {(System.nanoTime() - start) / 1e9, status};
    }

    private List<Plan> plans(List<Client> clients) {
        List<Plan> plans = new ArrayList<>();
        for (Client c : clients) {
            plans.add(rulebook.plan(c, settings, RosterGenerator.AS_OF));
        }
        return plans;
    }

    private static List<String> fileNames(List<Plan> plans) {
        PlanFileNames names = new PlanFileNames();
        List<String> files = new ArrayList<>();
        for (Plan p : plans) {
            files.add(names.assign(p.client()));
        }
        return files;
    }

    /** The header and the first {@code rows} lines of the roster (the generator writes no line breaks in fields). */
    private Path firstRows(int rows) {
        Path file = work.resolve("warmup-roster.csv");
        try (BufferedReader in = Files.newBufferedReader(roster, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            for (int i = 0; i <= rows && line != null; i++, line = in.readLine()) {
                out.write(line);
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String fields(String key, double... seconds) {
        StringBuilder s = new StringBuilder(" ").append(key).append('=');
        for (int i = 0; i < seconds.length; i++) {
            s.append(i == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f", seconds[i]));
        }
        return s.toString();
    }

    private static void log(String message) {
        System.err.println("  [pdf bench] " + message);
        System.err.flush();
    }
}
