package clinic.cadence.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cadence's benchmark (issue 7): generates deterministic rosters, runs Cadence on them in child
 * JVMs, and prints clients/s, PDFs/s, wall time and peak memory, and every target as MET or NOT
 * MET with its numbers. Run it with {@code bench/run.sh} from the repository's top folder.
 *
 * <p>Options: {@code --quick} (2k and 20k clients, no 1M: for iterating), {@code --profile}
 * (Flight Recorder on the PDF run and the largest --no-pdf run, with a summary of hot methods),
 * {@code --jasper-only} (only the comparison with the JasperReports peer, {@link JasperPeer};
 * {@code --jasper-clients N} for another roster size than its 2,000, to try it out),
 * {@code --work DIR} (default {@code target/bench}), {@code --threads N} (default: the cores).
 */
public final class Benchmark {
    /** The README's way to run Cadence: the launcher the build writes beside the jar. */
    static final String LAUNCHER = "target/cadence";
    static final String CLASSPATH = "target/cadence.jar" + File.pathSeparator + "target/test-classes";
    private static final String AS_OF = RosterGenerator.AS_OF.toString();
    private static final String HEAP = "-Xmx512m";
    /** Issue 16: the 10k run with PDFs, JVM start included. */
    private static final double PDF_RATE_GOAL = 300;

    private final boolean quick;
    private final boolean profile;
    private final boolean jasperOnly;
    private final int jasperClients;
    private final Path work;
    private final int threads;
    private final int small;
    private final int mid;
    private final int big;
    private final List<String> table = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();

    /** What one child JVM did: exit code, wall time with JVM start, peak RSS, its BENCH fields, its run.json counts. */
    record Child(String name, int exit, double wall, long polledHwmKb, Map<String, String> fields,
            Map<String, Long> counts, Path out) {
        /** Finished, with Cadence's status 0 (all planned) or 1 (rows rejected, outputs written). */
        boolean ok() {
            if (fields.isEmpty()) {
                return exit == 0 || exit == 1;
            }
            String status = fields.getOrDefault("status", fields.getOrDefault("cadence_status", "0"));
            return exit == 0 && (status.equals("0") || status.equals("1"));
        }

        long hwmKb() {
            long own = Long.parseLong(fields.getOrDefault("hwm_kb", "-1"));
            return own > 0 ? own : polledHwmKb;
        }

        double number(String key) {
            return Double.parseDouble(fields.getOrDefault(key, "NaN"));
        }

        /** The smallest of a field's {@code a/b/c} values: the best round, least disturbed by the machine's other work. */
        double best(String key) {
            return Arrays.stream(fields.getOrDefault(key, "NaN").split("/")).mapToDouble(Double::parseDouble).min()
                    .orElse(Double.NaN);
        }
    }

    private Benchmark(List<String> args) {
        this.quick = args.contains("--quick");
        this.profile = args.contains("--profile");
        this.jasperOnly = args.contains("--jasper-only");
        this.jasperClients = Integer.parseInt(option(args, "--jasper-clients", Integer.toString(JasperPeer.CLIENTS)));
        this.work = Path.of(option(args, "--work", "target/bench")).toAbsolutePath();
        this.threads = Integer.parseInt(option(args, "--threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        this.small = quick ? 2_000 : 10_000;
        this.mid = quick ? 20_000 : 100_000;
        this.big = quick ? 0 : 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(Arrays.asList(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        long start = System.nanoTime();
        say("Cadence benchmark, " + mode() + " mode, "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        say(Machine.describe() + "; --threads " + threads + "; load average now " + Machine.loadAverage());
        say("work folder " + work);
        say("JVM options of every Cadence run (the launcher's): " + String.join(" ", LauncherOptions.get()));
        table.add("| run | rows read | planned | wall s (JVM start incl.) | clients/s | PDFs/s | peak RSS MB | max heap after GC MB |");
        table.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        if (!jasperOnly) {
            cadenceRuns();
        }
        new JasperPeer(this::launch, jasperClients, work, Benchmark::say).run(table, targets);

        say("");
        say("Results (markdown also in " + work.resolve("results.md") + "):");
        table.forEach(Benchmark::say);
        say("");
        say("Targets:");
        targets.forEach(t -> say("  " + t));
        profiles.forEach(Benchmark::say);
        say(String.format(Locale.ROOT, "benchmark took %.0f s; load average now %s", seconds(start), Machine.loadAverage()));
        writeResults();
    }

    private String mode() {
        return jasperOnly ? "JasperReports comparison only" : quick ? "quick" : "full";
    }

    /** Cadence alone: the sample, the rosters with and without PDFs, the warm comparisons. */
    private void cadenceRuns() throws Exception {
        Path smallRoster = generate(small);
        Path midRoster = generate(mid);
        Path bigRoster = big > 0 ? generate(big) : null;

        sampleTarget();
        Child smallNoPdf = cadence("no-pdf " + k(small), smallRoster, true, HEAP, false);
        Child midNoPdf = cadence("no-pdf " + k(mid), midRoster, true, HEAP, false);
        Child bigNoPdf = bigRoster == null ? null : cadence("no-pdf " + k(big), bigRoster, true, HEAP, profile);
        Child smallPdf = cadence("PDFs " + k(small), smallRoster, false, HEAP, profile);
        Child smallLauncher = throughLauncher("PDFs " + k(small) + " launcher", smallRoster);
        Child pdfBench = pdfBench(smallRoster);

        pdfRateTarget(smallLauncher);
        endToEndTarget(pdfBench);
        stageTarget(pdfBench);
        bigTarget(bigNoPdf);
        memoryTarget(smallNoPdf, midNoPdf);
        if (!smallPdf.ok()) {
            say("note: the cold " + smallPdf.name() + " run failed (status " + smallPdf.fields().get("status") + "), see " + log(smallPdf.name(), "err"));
        }
    }

    // --- the runs ---------------------------------------------------------------------------

    private Path generate(int clients) {
        Path roster = work.resolve("roster-" + clients + ".csv");
        long start = System.nanoTime();
        RosterGenerator generator = new RosterGenerator(20261123L + clients, clients);
        generator.writeCapacity(capacityFor(roster));
        generator.writeRoster(roster);
        say(String.format(Locale.ROOT, "generated %s (%,d clients, %.0f MB) in %.1f s", roster.getFileName(), clients,
                size(roster) / 1e6, seconds(start)));
        return roster;
    }

    private static Path capacityFor(Path roster) {
        return roster.resolveSibling(roster.getFileName().toString().replace("roster-", "capacity-"));
    }

    /** The sample run exactly as the README shows it, five times (the median counts), JVM start included. */
    private void sampleTarget() {
        double[] walls = new double[5];
        Child last = null;
        for (int i = 0; i < walls.length; i++) {
            Path out = work.resolve("out-sample");
            last = launch("sample-" + (i + 1), List.of(LAUNCHER, "--out", out.toString(), "--as-of", AS_OF, "--quiet"),
                    out);
            walls[i] = last.wall();
        }
        double[] sorted = walls.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        row("sample (" + LAUNCHER + ", median of " + walls.length + " runs)", last, median, false);
        targets.add(verdict(last.ok() && median < 3.0, String.format(Locale.ROOT,
                "Sample run (%d rows, " + LAUNCHER + ", JVM start included): median %.2f s of %s (< 3 s)%s",
                last.counts().getOrDefault("read", 0L), median, list(walls), last.ok() ? "" : "; exit " + last.exit())));
    }

    /** One whole Cadence run in a fresh JVM under {@code heap}, as a clinic's scheduler would run it. */
    private Child cadence(String name, Path roster, boolean noPdf, String heap, boolean record) {
        Path out = work.resolve("out-" + name.replace(' ', '-'));
        List<String> command = new ArrayList<>(List.of(heap));
        if (record) {
            command.addAll(recording(name));
        }
        command.addAll(List.of("-cp", CLASSPATH, MeasuredRun.class.getName(), "--roster", roster.toString(),
                "--capacity", capacityFor(roster).toString(), "--out", out.toString(), "--as-of", AS_OF,
                "--threads", Integer.toString(threads), "--quiet"));
        if (noPdf) {
            command.add("--no-pdf");
        }
        Child child = launch(name, java(command), out);
        row(name + " (" + heap + ", cold JVM)", child, child.wall(), !noPdf);
        if (record) {
            profiles.add(HotMethods.summary(work.resolve(jfrName(name)), 25));
        }
        return child;
    }

    /** One whole run as a clinic runs it: {@code target/cadence}, its JVM options its own choice. */
    private Child throughLauncher(String name, Path roster) {
        Path out = work.resolve("out-" + name.replace(' ', '-'));
        Child child = launch(name, List.of(LAUNCHER, roster.toString(), "--capacity", capacityFor(roster).toString(),
                "--out", out.toString(), "--as-of", AS_OF, "--threads", Integer.toString(threads), "--quiet"), out);
        row(name + " (" + LAUNCHER + ", cold JVM)", child, child.wall(), true);
        return child;
    }

    private List<String> recording(String name) {
        return List.of("-XX:FlightRecorderOptions:stackdepth=256",
                "-XX:StartFlightRecording=settings=profile,filename=" + work.resolve(jfrName(name)));
    }

    private static String jfrName(String name) {
        return name.replace(' ', '-') + ".jfr";
    }

    /** The warmed-up, same-JVM comparisons: whole run against the bare renderer, and the PDF stage's scaling. */
    private Child pdfBench(Path roster) {
        Path dir = work.resolve("pdf-bench");
        int warmup = quick ? 500 : 1_500;
        int stagePlans = quick ? 500 : 2_000;
        Child child = launch("pdf-bench", java(List.of("-cp", CLASSPATH, PdfBench.class.getName(), roster.toString(),
                capacityFor(roster).toString(), dir.toString(), Integer.toString(threads), Integer.toString(warmup),
                Integer.toString(stagePlans))), dir.resolve("out-e2e"));
        if (child.fields().containsKey("cadence_s")) {
            long planned = child.counts().getOrDefault("planned", 0L);
            double bare = child.best("bare_s");
            table.add(String.format(Locale.ROOT, "| bare renderer, plan + render, warm, %d threads | | %,d | %.1f | | %.1f | | |",
                    threads, (long) child.number("clients"), bare, child.number("clients") / bare));
            table.add(String.format(Locale.ROOT, "| Cadence whole run with PDFs, same JVM, warm | %,d | %,d | %.1f | %.1f | %.1f | %s (this JVM, default heap) | |",
                    child.counts().getOrDefault("read", 0L), planned, child.best("cadence_s"),
                    child.counts().getOrDefault("read", 0L) / child.best("cadence_s"), planned / child.best("cadence_s"),
                    mb(child.hwmKb())));
            table.add(String.format(Locale.ROOT, "| PDF stage, %,d plans, 1 thread / 2 threads | | | %.1f / %.1f | | %.1f / %.1f | | |",
                    (long) child.number("stage_plans"), child.best("stage1_s"), child.best("stage2_s"),
                    child.number("stage_plans") / child.best("stage1_s"), child.number("stage_plans") / child.best("stage2_s")));
        }
        return child;
    }

    // --- the targets ------------------------------------------------------------------------

    /** The cold run with PDFs, as the README's table reports it: PDFs written per second of wall time. */
    private void pdfRateTarget(Child run) {
        double rate = run.counts().getOrDefault("planned", 0L) / run.wall();
        targets.add(verdict(run.ok() && rate >= PDF_RATE_GOAL, String.format(Locale.ROOT,
                "%s clients with PDFs, through " + LAUNCHER + ", --threads %d: %.1f PDFs/s (%,d PDFs in %.1f s, "
                        + "JVM start included) (>= %.0f)", k(small), threads, rate, run.counts().getOrDefault("planned", 0L),
                run.wall(), PDF_RATE_GOAL)));
    }

    private void endToEndTarget(Child bench) {
        if (!bench.fields().containsKey("cadence_s")) {
            targets.add("NOT RUN  End to end with PDFs: the PDF bench failed (exit " + bench.exit() + "), see "
                    + log("pdf-bench", "err"));
            return;
        }
        double clients = bench.number("clients");
        double bareRate = clients / bench.best("bare_s");
        double runRate = bench.counts().getOrDefault("planned", 0L) / bench.best("cadence_s");
        double ratio = runRate / bareRate;
        targets.add(verdict(bench.ok() && ratio >= 0.8, String.format(Locale.ROOT,
                "End to end with PDFs, %s clients, --threads %d, warm, best of 2 alternating rounds: Cadence %.1f PDFs/s "
                        + "(whole run %s s) = %.2fx the bare renderer's %.1f PDFs/s (plan + render %s s) (>= 0.8x)",
                k(small), threads, runRate, bench.fields().get("cadence_s"), ratio, bareRate,
                bench.fields().get("bare_s"))));
    }

    private void stageTarget(Child bench) {
        if (!bench.fields().containsKey("stage1_s")) {
            targets.add("NOT RUN  PDF stage scaling: the PDF bench failed");
            return;
        }
        double ratio = bench.best("stage1_s") / bench.best("stage2_s");
        targets.add(verdict(ratio >= 1.6, String.format(Locale.ROOT,
                "PDF stage, %,d plans: 2 threads %.2fx one thread (1 thread %s s, 2 threads %s s; best of each) (>= 1.6x)",
                (long) bench.number("stage_plans"), ratio, bench.fields().get("stage1_s"),
                bench.fields().get("stage2_s"))));
    }

    private void bigTarget(Child run) {
        if (run == null) {
            targets.add("NOT RUN  1,000,000 rows --no-pdf under -Xmx512m in < 2 min (quick mode)");
            return;
        }
        boolean written = Files.exists(run.out().resolve("capacity.xlsx")) && Files.exists(run.out().resolve("sessions.csv"))
                && Files.exists(run.out().resolve("run.json"));
        targets.add(verdict(run.ok() && written && run.wall() < 120, String.format(Locale.ROOT,
                "%s rows --no-pdf under %s: %s in %.1f s, JVM start included (< 120 s), peak RSS %s MB%s",
                k(big), HEAP, written ? "capacity.xlsx, sessions.csv, run.json written" : "outputs MISSING",
                run.wall(), mb(run.hwmKb()), run.ok() ? "" : ", exit " + run.exit() + " (see " + log(run.name(), "err") + ")")));
    }

    private void memoryTarget(Child smaller, Child larger) {
        if (!smaller.ok() || !larger.ok()) {
            targets.add("NOT RUN  peak memory " + k(mid) + " vs " + k(small) + ": a run failed");
            return;
        }
        double ratio = (double) larger.hwmKb() / smaller.hwmKb();
        double heapRatio = larger.number("max_heap_after_gc_kb") / smaller.number("max_heap_after_gc_kb");
        targets.add(verdict(ratio <= 1.2, String.format(Locale.ROOT,
                "Peak memory, --no-pdf under %s: %s rows %s MB = %.2fx %s rows %s MB (<= 1.2x); heap in use after "
                        + "GC at most %s MB vs %s MB (%.2fx), after the final full GC %s MB vs %s MB",
                HEAP, k(mid), mb(larger.hwmKb()), ratio, k(small), mb(smaller.hwmKb()),
                mb((long) larger.number("max_heap_after_gc_kb")), mb((long) smaller.number("max_heap_after_gc_kb")),
                heapRatio, mb((long) larger.number("final_heap_kb")), mb((long) smaller.number("final_heap_kb")))));
    }

    static String verdict(boolean met, String text) {
        return (met ? "MET      " : "NOT MET  ") + text;
    }

    // --- child JVMs -------------------------------------------------------------------------

    /**
     * {@code java}, the launcher's JVM options, then {@code args}: every Cadence JVM the benchmark
     * starts runs as the launcher would run it.
     */
    private static List<String> java(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LauncherOptions.get());
        command.addAll(args);
        return command;
    }

    /** Runs {@code command} with its output in the log folder, polling its peak RSS while it runs. */
    Child launch(String name, List<String> command, Path out) {
        say("running " + name + " ...");
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectOutput(log(name, "out").toFile())
                    .redirectError(log(name, "err").toFile()).start();
            AtomicLong hwm = new AtomicLong(-1);
            Thread poll = new Thread(() -> pollPeakRss(p, hwm));
            poll.setDaemon(true);
            poll.start();
            int exit = p.waitFor();
            double wall = seconds(start);
            Map<String, String> fields = benchLine(log(name, "out"));
            Child child = new Child(name, exit, wall, hwm.get(), fields, counts(out.resolve("run.json")), out);
            say(String.format(Locale.ROOT, "  %s: exit %d, %.1f s, peak RSS %s MB", name, exit, wall, mb(child.hwmKb())));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pollPeakRss(Process p, AtomicLong hwm) {
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (p.isAlive()) {
            long kb = Memory.statusKb(status, "VmHWM");
            hwm.accumulateAndGet(kb, Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Path log(String name, String kind) {
        return work.resolve("logs").resolve(name.replace(' ', '-') + "." + kind);
    }

    private static Map<String, String> benchLine(Path stdout) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            // BENCH: Cadence's child JVMs; RESULT: the JasperReports peer's
            if (line.startsWith("BENCH ") || line.startsWith("RESULT ")) {
                for (String pair : line.substring(line.indexOf(' ')).trim().split("\\s+")) {
                    int eq = pair.indexOf('=');
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return fields;
    }

    /** The counts of the run's run.json, or none when the run wrote none. */
    private static Map<String, Long> counts(Path runJson) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        if (!Files.exists(runJson)) {
            return counts;
        }
        Matcher m = Pattern.compile("\"(read|planned|rejected|not_active)\"\\s*:\\s*(\\d+)")
                .matcher(Files.readString(runJson, StandardCharsets.UTF_8));
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }

    // --- reporting --------------------------------------------------------------------------

    private void row(String name, Child c, double wall, boolean pdfs) {
        long read = c.counts().getOrDefault("read", 0L);
        long planned = c.counts().getOrDefault("planned", 0L);
        String heap = c.fields().containsKey("max_heap_after_gc_kb") ? mb((long) c.number("max_heap_after_gc_kb")) : "";
        table.add(String.format(Locale.ROOT, "| %s%s | %,d | %,d | %.1f | %.0f | %s | %s | %s |", name,
                c.ok() ? "" : " FAILED (exit " + c.exit() + ")", read, planned, wall, read / wall,
                pdfs ? String.format(Locale.ROOT, "%.1f", planned / wall) : "", mb(c.hwmKb()), heap));
    }

    private void writeResults() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Machine: " + Machine.describe() + ". Mode: " + mode() + ", --threads " + threads
                + ". JVM options (the launcher's): " + String.join(" ", LauncherOptions.get()) + ".");
        lines.add("");
        lines.addAll(table);
        lines.add("");
        targets.forEach(t -> lines.add("- " + t));
        for (String p : profiles) {
            lines.add("");
            lines.add("```");
            lines.add(p.stripTrailing());
            lines.add("```");
        }
        Files.write(work.resolve("results.md"), lines, StandardCharsets.UTF_8);
    }

    private static String mb(long kb) {
        return kb <= 0 ? "?" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    private static String k(int n) {
        return n >= 1_000_000 ? n / 1_000_000 + "M" : n / 1_000 + "k";
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return s.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
