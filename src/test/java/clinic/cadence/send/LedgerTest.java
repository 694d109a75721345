package clinic.cadence.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger on disk: a line cut off by a crash, a second sender, a server reply over several lines. */
class LedgerTest {
    @TempDir
    Path dir;

    private static Ledger.Entry entry(String id, Ledger.Step step, String reply) {
        return new Ledger.Entry(Instant.parse("2026-11-30T09:00:00Z"), id, "C1", "a@example.test", "C1.eml", step,
                reply);
    }

    @Test
    void aLineCutOffByACrashIsDroppedAndTheLedgerGoesOn() throws Exception {
        Path folder = dir.resolve("out.sent");
        try (Ledger ledger = Ledger.open(folder)) {
            ledger.record(entry("<a@x>", Ledger.Step.ATTEMPTING, ""));
            ledger.record(entry("<a@x>", Ledger.Step.ACCEPTED, ""));
        }
        Path file = folder.resolve(Ledger.FILE_NAME);
        // A crash while the next step was written: half a line, no line end.
        Files.write(file, "2026-11-30T09:01:00Z,<b@x>,C2,b@exa".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        assertEquals(2, Ledger.peek(folder).entries().size(), "a dry run reads around it, changing nothing");
        try (Ledger ledger = Ledger.open(folder)) {
            assertEquals(2, ledger.entries().size());
            ledger.record(entry("<b@x>", Ledger.Step.DEFERRED, "451 4.7.1 busy\r\n451 try later"));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size(), lines.toString());
        assertEquals("2026-11-30T09:00:00Z,<b@x>,C1,a@example.test,C1.eml,deferred,451 4.7.1 busy 451 try later",
                lines.get(3), "a reply over several lines kept on one");
        try (Ledger ledger = Ledger.open(folder)) {
            assertEquals(Ledger.Step.DEFERRED, ledger.latest().get("<b@x>").step());
            assertEquals(Ledger.Step.ACCEPTED, ledger.latest().get("<a@x>").step());
        }
    }

    @Test
    void oneSendAtATime() throws Exception {
        Path folder = dir.resolve("out.sent");
        try (Ledger first = Ledger.open(folder)) {
            Ledger.LedgerBusyException busy = assertThrows(Ledger.LedgerBusyException.class, () -> Ledger.open(folder));
            assertTrue(busy.getMessage().endsWith("is in use by another cadence send: wait for it to finish"));
        }
    }
}
