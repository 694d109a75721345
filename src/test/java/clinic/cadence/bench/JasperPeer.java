package clinic.cadence.bench;

import clinic.cadence.pdf.PlanDump;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The benchmark's "JasperReports, engine for engine" section (issue 16): Cadence against the
 * JasperReports peer in bench/jasper drawing the same plans (same content, same Liberation Sans
 * faces), in whole processes and warm.
 *
 * <p>The roster: {@value #CLIENTS} generated clients (another number with the benchmark's
 * {@code --jasper-clients N}, for trying the section out) with Latin-script names only, so both engines
 * embed exactly Liberation Sans Regular, Bold and Italic. The peer reads a plan dump
 * ({@link PlanDump}, written once here and untimed): it neither reads the roster nor plans nor
 * words anything, which is in its favour.
 */
final class JasperPeer {
    static final int CLIENTS = 2_000;
    private static final int THREADS = 2;
    private static final int RUNS = 3;
    private static final int WARM_PLANS = 1_000;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int WARM_ROUNDS = 3;
    static final Path PEER_JAR = Path.of("bench/jasper/target/cadence-jasper-peer-1.0-SNAPSHOT.jar");
    private static final Path PEER_CLASSPATH = Path.of("bench/jasper/target/classpath.txt");
    private static final String PEER_MAIN = "clinic.cadence.bench.jasper.JasperPlans";

    /** Starts one child process and reports what it did (the benchmark's own launcher, with peak RSS). */
    interface Launcher {
        Benchmark.Child launch(String name, List<String> command, Path out);
    }

    /** One engine's whole-process figure: the median run's wall time and the PDFs it wrote. */
    private record Figure(String name, double wall, long pdfs, long hwmKb, boolean ok, String walls, String note) {
        double rate() {
            return pdfs / wall;
        }
    }

    private final Launcher launcher;
    private final int clients;
    private final Path work;
    private final Consumer<String> say;

    JasperPeer(Launcher launcher, int clients, Path work, Consumer<String> say) {
        this.launcher = launcher;
        this.clients = clients;
        this.work = work.resolve("jasper");
        this.say = say;
    }

    /** Runs the section: rows for the results table, targets as MET / NOT MET lines. */
    void run(List<String> table, List<String> targets) {
        if (!Files.exists(PEER_JAR) || !Files.exists(PEER_CLASSPATH)) {
            targets.add("NOT RUN  JasperReports comparison: " + PEER_JAR + " is missing (bench/run.sh builds it: "
                    + "mvn -q -B -f bench/jasper/pom.xml package -DskipTests)");
            return;
        }
        Path roster = work.resolve("roster-latin-" + clients + ".csv");
        Path dump = work.resolve("plans-latin-" + clients + ".jsonl");
        try {
            Files.createDirectories(work);
            new RosterGenerator(20261130L, clients, true).writeRoster(roster);
            long start = System.nanoTime();
            int plans = PlanDump.write(roster, RosterGenerator.AS_OF, dump);
            say.accept(String.format(Locale.ROOT, "JasperReports section: %,d Latin-name clients, %,d plans dumped for the "
                    + "peer in %.1f s (untimed)", clients, plans, (System.nanoTime() - start) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String asOf = RosterGenerator.AS_OF.toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cadenceArgs = List.of(roster.toString(), "--as-of", asOf, "--threads", Integer.toString(THREADS),
                "--quiet", "--out");
        List<Figure> figures = whole(List.of(
                new Engine("cadence launcher", concat(List.of(Benchmark.LAUNCHER), cadenceArgs)),
                new Engine("cadence java -jar", concat(List.of(java, "-jar", "target/cadence.jar"), cadenceArgs)),
                new Engine("jasper", List.of(java, "-cp", peerClasspath(), PEER_MAIN, "--plans", dump.toString(),
                        "--threads", Integer.toString(THREADS), "--out"))));
        Figure launcherRun = figures.get(0);
        Figure jarRun = figures.get(1);
        Figure jasperRun = figures.get(2);
        for (Figure f : List.of(launcherRun, jarRun, jasperRun)) {
            table.add(String.format(Locale.ROOT, "| %s, %,d Latin-name clients, --threads %d, median of %d (%s s%s) | | %,d | %.1f | | %.1f | %s | |",
                    f.name() + (f.ok() ? "" : " FAILED"), clients, THREADS, RUNS, f.walls(), f.note(), f.pdfs(), f.wall(),
                    f.rate(), mb(f.hwmKb())));
        }
        ratioTarget(targets, launcherRun, jasperRun, 1.3, "through " + Benchmark.LAUNCHER);
        ratioTarget(targets, jarRun, jasperRun, 1.0, "engine for engine, java -jar target/cadence.jar (JVM defaults)");
        warm(table, targets, roster, dump, java);
    }

    /** A command whose last argument, the output folder, is added per run. */
    private record Engine(String name, List<String> commandWithoutOut) {
    }

    /**
     * A warm-up run of each engine, then {@value #RUNS} rounds of one run of each, every run a
     * fresh process writing into an emptied folder. Taking turns, a burst of the machine's other
     * work slows one run of each engine rather than all runs of one.
     */
    private List<Figure> whole(List<Engine> engines) {
        double[][] walls = new double[engines.size()][RUNS];
        String[][] compileMs = new String[engines.size()][RUNS];
        long[][] pdfs = new long[engines.size()][RUNS];
        long[] hwm = new long[engines.size()];
        boolean[] ok = new boolean[engines.size()];
        Arrays.fill(hwm, -1);
        Arrays.fill(ok, true);
        for (int run = 0; run <= RUNS; run++) {
            for (int e = 0; e < engines.size(); e++) {
                Engine engine = engines.get(e);
                Path out = work.resolve("out-" + engine.name().replace(' ', '-'));
                clear(out);
                String label = "jasper-section " + engine.name() + (run == 0 ? " warm-up" : " run " + run);
                Benchmark.Child child = launcher.launch(label, concat(engine.commandWithoutOut(), List.of(out.toString())),
                        out);
                long written = countPdfs(out);
                ok[e] &= (child.exit() == 0 || child.exit() == 1) && written > 0;
                if (run > 0) {
                    walls[e][run - 1] = child.wall();
                    pdfs[e][run - 1] = written;
                    compileMs[e][run - 1] = child.fields().get("compile_ms");
                    hwm[e] = Math.max(hwm[e], child.hwmKb());
                }
                clear(out);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int e = 0; e < engines.size(); e++) {
            double[] w = walls[e];
            Integer[] order = java.util.stream.IntStream.range(0, RUNS).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> w[i]));
            int median = order[RUNS / 2];
            String compiled = compileMs[e][median];
            figures.add(new Figure(engines.get(e).name(), w[median], pdfs[e][median], hwm[e], ok[e], list(w),
                    compiled == null ? "" : "; its report compiled at start in " + compiled + " ms"));
        }
        return figures;
    }

    private void ratioTarget(List<String> targets, Figure cadence, Figure jasper, double goal, String how) {
        double ratio = cadence.rate() / jasper.rate();
        targets.add(Benchmark.verdict(cadence.ok() && jasper.ok() && ratio >= goal, String.format(Locale.ROOT,
                "JasperReports, %s: %.2fx (>= %.1fx): Cadence %.1f PDFs/s (%,d PDFs, median %.1f s) against the Jasper "
                        + "peer %.1f PDFs/s (%,d PDFs, median %.1f s); %,d clients, --threads %d, whole processes, JVM start incl.",
                how, ratio, goal, cadence.rate(), cadence.pdfs(), cadence.wall(), jasper.rate(), jasper.pdfs(),
                jasper.wall(), clients, THREADS)));
    }

    /** Warm, one thread, PDFs in memory: Cadence's bare renderer against the peer's --warm, both at JVM defaults. */
    private void warm(List<String> table, List<String> targets, Path roster, Path dump, String java) {
        Benchmark.Child cadence = launcher.launch("jasper-section cadence warm", List.of(java, "-cp", Benchmark.CLASSPATH,
                WarmRenderer.class.getName(), roster.toString(), Integer.toString(warmPlans()),
                Integer.toString(WARM_UP_ROUNDS), Integer.toString(WARM_ROUNDS)), work);
        Benchmark.Child jasper = launcher.launch("jasper-section jasper warm", List.of(java, "-cp", peerClasspath(),
                PEER_MAIN, "--plans", dump.toString(), "--warm", Integer.toString(WARM_UP_ROUNDS), "--rounds",
                Integer.toString(WARM_ROUNDS), "--limit", Integer.toString(warmPlans())), work);
        if (!cadence.fields().containsKey("best_ms") || !jasper.fields().containsKey("best_ms")) {
            targets.add("NOT RUN  JasperReports warm per-plan comparison: a warm run failed (exit " + cadence.exit() + " / "
                    + jasper.exit() + ", see the logs of jasper-section * warm)");
            return;
        }
        for (Benchmark.Child c : List.of(cadence, jasper)) {
            table.add(String.format(Locale.ROOT, "| %s, warm, 1 thread, ms per plan (measured rounds %s) | | %,d | | | %.1f | %s | |",
                    c == cadence ? "Cadence bare renderer" : "Jasper peer (fill + export)", c.fields().get("ms_per_plan"),
                    (long) c.number("plans"), 1000 / c.best("best_ms"), mb(c.hwmKb())));
        }
        targets.add(String.format(Locale.ROOT, "INFO     JasperReports, warm per plan, 1 thread, best of %d rounds after %d: "
                + "Cadence %.2f ms, Jasper %.2f ms: Cadence takes %.2fx Jasper's time (%,d plans; Cadence words, templates, "
                + "lays out and writes; Jasper parses the dumped JSON, fills (%.2f ms) and exports); PDFs %.1f KB vs %.1f KB",
                WARM_ROUNDS, WARM_UP_ROUNDS, cadence.best("best_ms"), jasper.best("best_ms"),
                cadence.best("best_ms") / jasper.best("best_ms"), (long) jasper.number("plans"), jasper.number("fill_ms"),
                cadence.number("kb_per_plan"),
                jasper.number("kb_per_plan")));
    }

    private int warmPlans() {
        return Math.min(WARM_PLANS, clients);
    }

    private static String peerClasspath() {
        try {
            return PEER_JAR + File.pathSeparator + Files.readString(PEER_CLASSPATH, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDFs actually written (Cadence puts them in a folder per location). */
    private static long countPdfs(Path out) {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a run's folder and the one Cadence keeps beside it, so every run writes into nothing. */
    private static void clear(Path out) {
        for (Path dir : List.of(out, out.resolveSibling(out.getFileName() + ".previous"))) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", v));
        }
        return s.toString();
    }

    private static String mb(long kb) {
        return kb <= 0 ? "?" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }
}
