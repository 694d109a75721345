package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertFalse;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes arrive, reading ends in entries or in one clear line (UnusableInputException):
 * never another exception. Damaged copies of real corpus files and of a generated workbook.
 */
class HostileInputPropertiesTest {
    private static Path dir;
    private static byte[] workbook;
    private static byte[] csv;

    @BeforeContainer
    static void files() throws IOException {
        dir = Files.createTempDirectory("hostile");
        workbook = Files.readAllBytes(TestWorkbooks.plain(dir.resolve("plain.xlsx")));
        csv = Files.readAllBytes(Corpus.file("quirks.csv"));
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 150)
    void damagedWorkbookIsReadOrRefusedInOneLine(@ForAll("damage") int[] positions) throws IOException {
        assertReadOrRefused(damaged(workbook, positions), "damaged.xlsx");
    }

    /**
     * Whatever the damage, once the reader has handed on a row, a failure of the one it handed it
     * to (a full disk, a bug) comes out as it was thrown: never as "cannot be read".
     */
    @Property(tries = 150)
    void aFailureAfterARowWasHandedOnKeepsItsCause(@ForAll("damage") int[] positions) throws IOException {
        Path file = Files.write(dir.resolve("damaged-sink.xlsx"), damaged(workbook, positions));
        IllegalStateException failure = new IllegalStateException("the disk is full");
        boolean[] handedOn = {false};
        try {
            Roster.read(file, Corpus.options(), entry -> {
                handedOn[0] = true;
                throw failure;
            });
        } catch (UnusableInputException e) {
            assertFalse(handedOn[0], "a row was handed on, then the failure was called unreadable: " + e.getMessage());
        } catch (IllegalStateException e) {
            org.junit.jupiter.api.Assertions.assertSame(failure, e);
        }
    }

    @Property(tries = 150)
    void damagedCsvIsReadOrRefusedInOneLine(@ForAll("damage") int[] positions) throws IOException {
        assertReadOrRefused(damaged(csv, positions), "damaged.csv");
    }

    @Property(tries = 100)
    void randomBytesAreReadOrRefusedInOneLine(@ForAll("bytes") byte[] bytes) throws IOException {
        assertReadOrRefused(bytes, "random.csv");
    }

    private static void assertReadOrRefused(byte[] bytes, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        try {
            Roster.read(file, Corpus.options(), entry -> { });
            Capacity.fromRosterWorkbook(file);
        } catch (UnusableInputException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /** Each pair is a position (as a fraction of the file) and the byte written there. */
    private static byte[] damaged(byte[] original, int[] positions) {
        byte[] copy = original.clone();
        for (int i = 0; i + 1 < positions.length; i += 2) {
            copy[(int) ((long) positions[i] * copy.length / 1_000_000)] = (byte) positions[i + 1];
        }
        return copy;
    }

    @Provide
    Arbitrary<int[]> damage() {
        return Arbitraries.integers().between(0, 999_999).array(int[].class).ofMinSize(2).ofMaxSize(12);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }
}
