package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.bench.RosterGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run streams: a 250,000-row roster (the benchmark's generator: 6,250 therapists, some bad
 * and some inactive rows) is read, planned and written by a JVM whose heap is far smaller than the
 * roster's clients would take held in memory. Child JVMs, so the bound is the heap limit itself
 * (the run finishes or runs out), not a reading that garbage collection can blur. No time is
 * measured: that is the benchmark's job.
 */
class LargeRosterMemoryTest {
    private static final int ROWS = 250_000;

    @TempDir
    static Path shared;
    private static Path roster;
    private static Path capacity;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        roster = shared.resolve("roster.csv");
        capacity = shared.resolve("capacity.csv");
        RosterGenerator generator = new RosterGenerator(20261124L, ROWS);
        generator.writeRoster(roster);
        generator.writeCapacity(capacity);
    }

    /**
     * Measured: this run finishes in a 24 MB heap (the id set for duplicates is 11 MB of it); 48 MB
     * leaves room. Before the workbook computed its formulas' results itself and the id set was
     * made compact, it ran out of memory at 64 MB (POI's evaluator, the By therapist sheet held in
     * memory, a HashMap of ids).
     */
    @Test
    void aLargeRosterIsPlannedInASmallHeap() throws Exception {
        Path out = dir.resolve("out");
        Child run = cadence("-Xmx48m", out);
        // Status 1: the generator writes some rows a clinic must fix; the outputs are complete.
        assertEquals(1, run.status(), () -> "planned in 48 MB: " + run.output());
        String manifest = Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"read\" : " + ROWS), () -> "every row read: " + manifest);
        for (String file : new String[] {"capacity.xlsx", "sessions.csv", "rejected.csv"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
            assertTrue(manifest.contains("\"path\" : \"" + file + "\""), file + " in run.json");
        }
    }

    /**
     * Telling what changed keeps the earlier run's plans on disk: a week later the same roster is
     * compared client by client with the first run's plans.csv (an 8-byte slot per earlier client in
     * memory) in the same small heap, and every client is accounted for.
     */
    @Test
    void comparingWithLastWeeksRunFitsInTheSameSmallHeap() throws Exception {
        Path out = dir.resolve("out");
        Child first = cadence("-Xmx48m", out, RosterGenerator.AS_OF.toString());
        assertEquals(1, first.status(), first::output);
        Child second = cadence("-Xmx48m", out, RosterGenerator.AS_OF.plusWeeks(1).toString());
        assertEquals(1, second.status(), () -> "compared in 48 MB: " + second.output());
        String manifest = Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8);
        java.util.regex.Matcher planned = java.util.regex.Pattern.compile("\"planned\" : (\\d+)").matcher(manifest);
        assertTrue(planned.find(), manifest);
        java.util.regex.Matcher changes = java.util.regex.Pattern.compile(
                "\"new\" : (\\d+),\\s*\"changed\" : (\\d+),\\s*\"unchanged\" : (\\d+),\\s*\"gone\" : (\\d+)")
                .matcher(manifest);
        assertTrue(changes.find(), manifest);
        // New: rows whose dates were after last week's as-of date, rejected then. Nobody leaves the roster.
        assertEquals(0, Integer.parseInt(changes.group(4)), "nobody gone");
        assertEquals(Integer.parseInt(planned.group(1)), Integer.parseInt(changes.group(1))
                + Integer.parseInt(changes.group(2)) + Integer.parseInt(changes.group(3)), "every client accounted for");
        assertTrue(Integer.parseInt(changes.group(3)) > 0, "stable plans come out unchanged: " + manifest);
    }

    /**
     * Running out of memory is a failure a scheduler can tell from "rows rejected" (the JVM's own
     * exit status for it is 1): status 4, one line saying what to do, nothing written.
     */
    @Test
    void runningOutOfMemoryIsStatus4InOneLineAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        Child run = cadence("-Xmx16m", out);
        assertEquals(4, run.status(), run::output);
        List<String> lines = run.output().lines().filter(l -> !l.startsWith("roster.csv row ")).toList();
        assertEquals(1, lines.size(), run::output);
        assertTrue(lines.get(0).startsWith("cadence: the run ran out of memory"), lines.get(0));
        assertTrue(lines.get(0).contains("-Xmx2g"), lines.get(0));
        assertFalse(Files.exists(out), "no out folder");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().equals("child.log")).toList(),
                    "nothing half-written beside it");
        }
    }

    private record Child(int status, String output) {
    }

    private Child cadence(String heap, Path out) throws IOException, InterruptedException {
        return cadence(heap, out, RosterGenerator.AS_OF.toString());
    }

    private Child cadence(String heap, Path out, String asOf) throws IOException, InterruptedException {
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Cadence.class.getName(), "--roster", roster.toString(),
                "--capacity", capacity.toString(), "--out", out.toString(), "--as-of", asOf,
                "--no-pdf", "--quiet"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM finished");
        return new Child(child.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
