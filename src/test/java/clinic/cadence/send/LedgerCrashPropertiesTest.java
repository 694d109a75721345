package clinic.cadence.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever byte a crash cuts the ledger at, what a send then decides is safe: a message whose
 * last whole step is "attempting" or "accepted" is never sent again (unless --resend-unknown, for
 * "attempting"), and every step read back is one that was written, in order.
 */
class LedgerCrashPropertiesTest {

    /** One message's steps as a send writes them: attempting, then an answer or nothing. */
    @Provide
    Arbitrary<List<List<List<Ledger.Step>>>> histories() {
        Arbitrary<List<Ledger.Step>> attempt = Arbitraries.of(Ledger.Step.ACCEPTED, Ledger.Step.DEFERRED,
                Ledger.Step.REFUSED, Ledger.Step.ATTEMPTING)
                .map(answer -> answer == Ledger.Step.ATTEMPTING ? List.of(Ledger.Step.ATTEMPTING)
                        : List.of(Ledger.Step.ATTEMPTING, answer));
        return attempt.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 40)
    void aCrashAtAnyByteLeavesADecisionThatNeverSendsTwice(@ForAll("histories") List<List<List<Ledger.Step>>> perMessage,
            @ForAll @IntRange(min = 0, max = 10_000) int cutPermille, @ForAll boolean resendUnknown) throws Exception {
        Path folder = Files.createTempDirectory("ledger-crash");
        List<Outbox.Item> items = new ArrayList<>();
        List<Ledger.Entry> written = new ArrayList<>();
        try (Ledger ledger = Ledger.open(folder)) {
            for (int m = 0; m < perMessage.size(); m++) {
                Outbox.Item item = new Outbox.Item(Path.of("C" + m + ".eml"), "<m" + m + "@x>", "C" + m, null,
                        List.of(new jakarta.mail.internet.InternetAddress("c" + m + "@example.test")), null);
                items.add(item);
                for (List<Ledger.Step> attempt : perMessage.get(m)) {
                    for (Ledger.Step step : attempt) {
                        Ledger.Entry e = new Ledger.Entry(Instant.ofEpochSecond(1_790_000_000L + written.size()),
                                item.messageId(), item.clientId(), item.toText(), item.fileName(), step,
                                step == Ledger.Step.REFUSED ? "550 no, \"really\"\r\nno" : "");
                        ledger.record(e);
                        written.add(e);
                    }
                }
            }
        }
        Path file = folder.resolve(Ledger.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        int cut = (int) ((long) bytes.length * cutPermille / 10_000);
        int header = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf('\n') + 1;
        Files.write(file, java.util.Arrays.copyOf(bytes, Math.max(cut, header)));

        try (Ledger reopened = Ledger.open(folder)) {
            List<Ledger.Entry> read = reopened.entries();
            assertEquals(written.subList(0, read.size()).stream().map(LedgerCrashPropertiesTest::key).toList(),
                    read.stream().map(LedgerCrashPropertiesTest::key).toList(), "a prefix of what was written");
            Map<String, Ledger.Step> last = new LinkedHashMap<>();
            read.forEach(e -> last.put(e.messageId(), e.step()));
            for (Decisions.Decision d : Decisions.decide(items, reopened, resendUnknown, ZoneOffset.UTC)) {
                Ledger.Step step = last.get(d.item().messageId());
                if (step == Ledger.Step.ACCEPTED || step == Ledger.Step.REFUSED
                        || step == Ledger.Step.ATTEMPTING && !resendUnknown) {
                    assertNotEquals(Decisions.Action.SEND, d.action(), d.item().messageId() + " after " + step);
                } else {
                    assertEquals(Decisions.Action.SEND, d.action(), d.item().messageId() + " after " + step);
                }
            }
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String key(Ledger.Entry e) {
        return e.when() + " " + e.messageId() + " " + e.step();
    }
}
