package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails, is refused, or is killed leaves the previous run's files exactly as they were. */
class SafeOutputTest {
    @TempDir
    Path dir;

    @Test
    void aFailingRunLeavesThePreviousRunByteForByte() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), out).status());
        Map<String, String> before = RunFixture.snapshot(out);
        Path broken = RunFixture.roster(dir, "broken.csv", "client_id,first_name", "A1,Ada");

        assertEquals(3, RunFixture.plan(broken, out).status());

        assertEquals(before, RunFixture.snapshot(out));
        assertNoStagingLeft();
    }

    @Test
    void aStrictRunWithRejectionsLeavesThePreviousRun() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), out).status());
        Map<String, String> before = RunFixture.snapshot(out);

        assertEquals(1, RunFixture.plan(RunFixture.SAMPLE_ROSTER, out, "--strict").status());

        assertEquals(before, RunFixture.snapshot(out));
        assertNoStagingLeft();
    }

    @Test
    void plansOfClientsNoLongerPlannedDisappearWithTheOldRun() {
        Path out = dir.resolve("out");
        assertEquals(1, RunFixture.plan(RunFixture.SAMPLE_ROSTER, out).status());
        assertTrue(RunFixture.snapshot(out).keySet().stream().anyMatch(p -> p.contains("Hartley")));

        // A roster of three other clients: the guard would take it for a broken export, so go ahead anyway.
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), out, "--replace-anyway").status());

        assertFalse(RunFixture.snapshot(out).keySet().stream().anyMatch(p -> p.contains("Hartley")));
    }

    @Test
    void aFolderCadenceDidNotWriteIsNeverReplaced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(out.resolve("thesis.docx"), "precious");

        RunFixture.Outcome o = RunFixture.plan(RunFixture.cleanRoster(dir), out);

        assertEquals(4, o.status());
        assertTrue(o.stderr().contains("did not write"), o.stderr());
        assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
    }

    @Test
    void aSwapInterruptedBetweenItsTwoRenamesIsPutBackByTheNextRun() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), out).status());
        Map<String, String> before = RunFixture.snapshot(out);
        Files.move(out, dir.resolve("out.previous"), StandardCopyOption.ATOMIC_MOVE);
        Path broken = RunFixture.roster(dir, "broken.csv", "client_id,first_name", "A1,Ada");

        assertEquals(3, RunFixture.plan(broken, out).status());

        assertEquals(before, RunFixture.snapshot(out));
        assertFalse(Files.exists(dir.resolve("out.previous")));
    }

    /**
     * Kills a real Cadence process with SIGKILL at several moments of a run; after each kill the
     * out folder is either the previous run, untouched, or a complete new run (its run.json
     * vouches for every file), never a mix, and no half-written file carries a final name.
     */
    @Test
    void killedAtAnyMomentTheOutFolderIsWholeOldOrWholeNew() throws Exception {
        Path out = dir.resolve("out");
        Path roster = largeRoster(600);
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), out).status());
        Map<String, String> previous = RunFixture.snapshot(out);
        int killedMidRun = 0;
        for (long delayMs : new long[] {150, 700, 1500, 2500, 4000}) {
            Process p = childRun(roster, out);
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
                killedMidRun++;
            }
            Map<String, String> now = RunFixture.snapshot(out);
            if (!now.equals(previous)) {
                assertCompleteRun(out, now);
                previous = now;
            }
        }
        assertTrue(killedMidRun > 0, "no run was killed mid-way: make the roster larger");
    }

    private Process childRun(Path roster, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Cadence.class.getName(),
                "--roster", roster.toString(), "--out", out.toString(), "--as-of", RunFixture.AS_OF, "--quiet",
                "--threads", "2", "--replace-anyway")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    /** A complete run: run.json lists every other file with the right sum, and nothing else is there. */
    private static void assertCompleteRun(Path out, Map<String, String> files) throws IOException {
        String manifest = Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().equals("run.json")) {
                assertTrue(manifest.contains("\"path\" : \"" + f.getKey() + "\""), "not in run.json: " + f.getKey());
                assertTrue(manifest.contains(f.getValue()), "wrong sum for " + f.getKey());
            }
        }
        assertNotEquals(0, files.size());
    }

    private Path largeRoster(int clients) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            lines.add(String.format("C%04d,Client,Number %d,acute,%d,2026-11-%02d,Site %d,Therapist %d",
                    i, i, 1 + i % 10, 1 + i % 23, i % 3, i % 7));
        }
        return RunFixture.roster(dir, "large.csv", RunFixture.HEADER, lines.toArray(String[]::new));
    }

    private void assertNoStagingLeft() {
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".out.")),
                    "a staging folder was left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
