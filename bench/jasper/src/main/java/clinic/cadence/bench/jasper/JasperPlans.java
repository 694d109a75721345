package clinic.cadence.bench.jasper;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * The JasperReports peer of Cadence's benchmark (issue 16): draws Cadence's plans, read from a
 * plan dump (one JSON object per line, written by Cadence's {@code clinic.cadence.pdf.PlanDump}),
 * with JasperReports 7. The report is compiled once and shared by the threads; each plan is
 * filled and exported with a new {@link JRPdfExporter}, as PDF/A-2b like Cadence's plans.
 *
 * <p>The dump holds every plan already planned and worded: this program does not read a roster,
 * plan or word anything, which is in Jasper's favour.
 *
 * <pre>
 * JasperPlans --plans FILE.jsonl --out DIR [--threads N]
 *     every plan to DIR/&lt;client id&gt;.pdf; prints RESULT plans=.. seconds=.. compile_ms=..
 * JasperPlans --plans FILE.jsonl --warm R [--rounds M] [--limit N]
 *     one thread, PDFs kept in memory: R warm-up rounds, then M measured rounds (default 3) over
 *     the same plans; prints RESULT mode=warm .. ms_per_plan=a/b/c
 * </pre>
 */
public final class JasperPlans {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JasperReport report;
    private final SimplePdfExporterConfiguration pdf;
    /** Time spent filling, of all plans so far (the rest of a plan's time is reading its JSON and exporting). */
    private final LongAdder fillNanos = new LongAdder();

    private JasperPlans(JasperReport report) throws IOException {
        this.report = report;
        // PDF/A-2b with an sRGB output intent, as Cadence's plans are (the profile is the JDK's, as Cadence's)
        Path icc = Files.createTempFile("cadence-jasper-srgb", ".icc");
        icc.toFile().deleteOnExit();
        Files.write(icc, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        this.pdf = new SimplePdfExporterConfiguration();
        pdf.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        pdf.setIccProfilePath(icc.toAbsolutePath().toString());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (!options.containsKey("--plans") || !(options.containsKey("--out") || options.containsKey("--warm"))) {
            System.err.println("usage: JasperPlans --plans FILE.jsonl (--out DIR [--threads N] | --warm R [--rounds M] [--limit N])");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<String> plans = Files.readAllLines(Path.of(options.get("--plans")), StandardCharsets.UTF_8);
        plans.removeIf(String::isBlank);
        long compileStart = System.nanoTime();
        JasperPlans peer = new JasperPlans(PlanReport.compile());
        long compileMs = (System.nanoTime() - compileStart) / 1_000_000;
        if (options.containsKey("--warm")) {
            int limit = Integer.parseInt(options.getOrDefault("--limit", Integer.toString(plans.size())));
            peer.warm(plans.subList(0, Math.min(limit, plans.size())), Integer.parseInt(options.get("--warm")),
                    Integer.parseInt(options.getOrDefault("--rounds", "3")), compileMs);
        } else {
            Path out = Files.createDirectories(Path.of(options.get("--out")));
            int threads = Integer.parseInt(options.getOrDefault("--threads", "1"));
            long written = peer.toFiles(plans, out, threads);
            System.out.printf(Locale.ROOT, "RESULT plans=%d threads=%d seconds=%.3f compile_ms=%d%n", written, threads,
                    (System.nanoTime() - start) / 1e9, compileMs);
        }
    }

    /** Every plan to {@code out/<id>.pdf} on {@code threads} threads; the number of PDFs written. */
    private long toFiles(List<String> plans, Path out, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        LongAdder written = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true); // a failure must end the program, not leave it waiting
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < plans.size(); i = next.getAndIncrement()) {
                        PlanSheet sheet = sheet(plans.get(i));
                        try (OutputStream file = new BufferedOutputStream(
                                Files.newOutputStream(out.resolve(sheet.id() + ".pdf")), 64 * 1024)) {
                            render(sheet, file);
                        }
                        written.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return written.sum();
    }

    /** Warm-up rounds, then measured rounds, one thread, PDFs to memory: ms per plan of each measured round. */
    private void warm(List<String> plans, int warmups, int rounds, long compileMs) throws Exception {
        double[] ms = new double[rounds];
        double[] fill = new double[rounds];
        long bytes = 0;
        for (int round = 0; round < warmups + rounds; round++) {
            fillNanos.reset();
            long start = System.nanoTime();
            for (String plan : plans) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
                render(sheet(plan), pdf);
                bytes += pdf.size();
            }
            double perPlan = (System.nanoTime() - start) / 1e6 / plans.size();
            System.err.printf(Locale.ROOT, "  [jasper] %s round %d: %.3f ms per plan%n",
                    round < warmups ? "warm-up" : "measured", round + 1, perPlan);
            if (round >= warmups) {
                ms[round - warmups] = perPlan;
                fill[round - warmups] = fillNanos.sum() / 1e6 / plans.size();
            }
        }
        StringBuilder list = new StringBuilder();
        for (double m : ms) {
            list.append(list.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f", m));
        }
        System.out.printf(Locale.ROOT, "RESULT mode=warm plans=%d warmup_rounds=%d ms_per_plan=%s best_ms=%.3f "
                + "fill_ms=%.3f kb_per_plan=%.1f compile_ms=%d%n", plans.size(), warmups, list,
                Arrays.stream(ms).min().orElse(Double.NaN), Arrays.stream(fill).min().orElse(Double.NaN),
                bytes / 1024.0 / plans.size() / (warmups + rounds), compileMs);
    }

    private static PlanSheet sheet(String json) throws IOException {
        PlanSheet sheet = new PlanSheet(JSON.readTree(json));
        if (sheet.weekCount() != PlanReport.WEEKS) {
            throw new IllegalArgumentException("plan " + sheet.id() + " has " + sheet.weekCount()
                    + " weeks; this peer draws " + PlanReport.WEEKS + "-week plans (the settings' default horizon)");
        }
        return sheet;
    }

    /** Fill, then export with a new exporter (an exporter is not shared between threads). */
    private void render(PlanSheet sheet, OutputStream out) throws JRException {
        long start = System.nanoTime();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("plan", sheet);
        JasperPrint print = JasperFillManager.fillReport(report, parameters, Line.source(sheet.lines()));
        fillNanos.add(System.nanoTime() - start);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(pdf);
        exporter.exportReport();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
