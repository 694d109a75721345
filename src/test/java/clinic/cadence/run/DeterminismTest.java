package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs and as-of date give byte-identical files, whatever --threads is. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void oneThreadAndTwoThreadsWriteTheSameBytes() {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Path capacity = Path.of("sample-data", "capacity.csv");
        RunFixture.plan(RunFixture.SAMPLE_ROSTER, one, "--threads", "1", "--capacity", capacity.toString());
        RunFixture.plan(RunFixture.SAMPLE_ROSTER, two, "--threads", "2", "--capacity", capacity.toString());

        Map<String, String> a = RunFixture.snapshot(one);
        Map<String, String> b = RunFixture.snapshot(two);

        assertTrue(a.keySet().stream().anyMatch(p -> p.endsWith(".pdf")), "the run wrote no plans: " + a.keySet());
        assertEquals(a, b);
    }

    @Test
    void theSameRunTwiceWritesTheSameBytesFromTheXlsxRoster() {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path roster = Path.of("sample-data", "roster.xlsx");
        RunFixture.plan(roster, first);
        RunFixture.plan(roster, second);

        assertEquals(RunFixture.snapshot(first), RunFixture.snapshot(second));
    }
}
