package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading streams: a large roster costs the id set, not the rows. 200,000 rows of 19 columns
 * (~30 MB of CSV) are read with a sink that only counts; the heap still in use at the last row,
 * after a full collection, must stay far below what keeping the rows would take.
 */
class RosterMemoryTest {
    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void heapDoesNotGrowWithTheRoster() throws IOException {
        Path roster = generate(dir.resolve("large.csv"));
        long baseline = usedAfterGc();
        AtomicLong clients = new AtomicLong();
        long[] usedAtEnd = {0};
        Roster.read(roster, Corpus.options(), entry -> {
            if (entry instanceof RosterEntry.ClientRow && clients.incrementAndGet() == ROWS) {
                usedAtEnd[0] = usedAfterGc();
            }
        });
        assertEquals(ROWS, clients.get());
        long grown = usedAtEnd[0] - baseline;
        // The rows as Client records would take ~1 KB each (~200 MB here). The id set measures 14 MB
        // (9 MB of arrays; G1 rounds each big array up to whole 1 MB regions); kept in a
        // HashMap<String, Integer>, as it was before, it measured 21 MB.
        long bound = 18L << 20;
        assertTrue(grown < bound, "heap grew by " + (grown >> 20) + " MB reading " + ROWS + " rows");
    }

    private static Path generate(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("client_id,first_name,last_name,condition,pain_level,intake_pain,episode_start,last_visit,"
                    + "massage_type,activity,stress_level,relief_days,max_sessions_per_month,available_days,"
                    + "session_minutes,location,therapist,email,status\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("C" + i + ",Zoë" + i + ",Núñez-Ølstad,acute,6,7,2026-11-02,13/11/2026,deep tissue,desk job,"
                        + "high,5,4,\"Mon, Wed, Fri\",60 min,North,Ana Ruiz,client" + i + "@example.com,active\n");
            }
        }
        return file;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
