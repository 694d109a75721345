package clinic.cadence.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.RejectException;

/**
 * A send killed (SIGKILL) in the middle, in a child JVM, while the server holds the third message
 * without answering; then resumed: every client gets their e-mail exactly once, the one in flight
 * reported as unknown and sent again only with --resend-unknown.
 */
class KillAndResumeTest {
    private static final String PASSWORD = "kill-pw-Hh3";

    @TempDir
    Path dir;

    @Test
    void aKilledSendResumedDeliversEveryMessageExactlyOnce() throws Exception {
        CountDownLatch killed = new CountDownLatch(1);
        TestSmtpServer.Script holdsTheThird = new TestSmtpServer.Script() {
            @Override
            public void data(String recipient, byte[] data) throws RejectException {
                if (recipient.startsWith("client-3@") && killed.getCount() > 0) {
                    try {
                        killed.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // The sender is gone before any answer: this one never arrives.
                    throw new RejectException(554, "5.0.0 the connection went away");
                }
            }
        };
        try (TestSmtpServer server = new TestSmtpServer(null, PASSWORD, holdsTheThird)) {
            Path out = dir.resolve("out");
            TestOutbox.write(out, TestOutbox.letters(5));
            Path settings = Sending.settings(dir, "smtp.host = 127.0.0.1", "smtp.port = " + server.port(),
                    "smtp.security = none", "smtp.username = " + TestSmtpServer.USER,
                    "smtp.messages_per_minute = 1000", "smtp.timeout_seconds = 20");

            Process child = childSend(out, settings);
            Path ledger = dir.resolve("out.sent/ledger.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(Files.exists(ledger) && Files.readString(ledger).contains(",C3,client-3@example.test,C3.eml,"
                    + "attempting"))) {
                assertTrue(child.isAlive(), () -> "the child stopped by itself: " + childErrors(child));
                assertTrue(System.nanoTime() < deadline, "the child never reached the third message");
                Thread.sleep(20);
            }
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            killed.countDown();
            assertEquals(List.of("C1", "C2"), clients(server), Files.readString(ledger));

            Map<String, String> env = Map.of(Password.ENVIRONMENT_VARIABLE, PASSWORD);
            String[] args = {"--out", out.toString(), "--settings", settings.toString()};
            Sending.Outcome resumed = Sending.run(env, null, args);
            assertEquals(1, resumed.status(), resumed.stderr());
            assertTrue(resumed.stderr().startsWith("unknown: C3.eml to client-3@example.test (client C3): handed to "
                    + "the server"), resumed.stderr());
            assertTrue(resumed.stdout().contains("2 sent now, 2 sent before, 0 refused, 1 unknown"), resumed.stdout());
            assertEquals(List.of("C1", "C2", "C4", "C5"), clients(server));
            assertTrue(Files.readString(dir.resolve("out.sent/sent.csv")).contains("C3,client-3@example.test,C3.eml,"
                    + "unknown,"));

            Sending.Outcome again = Sending.run(env, null, args);
            assertEquals(1, again.status());
            assertEquals(4, server.received().size(), "unknown is not resent without the flag");

            String[] resend = {"--out", out.toString(), "--settings", settings.toString(), "--resend-unknown"};
            Sending.Outcome flagged = Sending.run(env, null, resend);
            assertEquals(0, flagged.status(), flagged.stderr());
            Map<String, Long> perMessageId = server.received().stream().map(r -> messageId(r.text()))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(5, perMessageId.size());
            assertTrue(perMessageId.values().stream().allMatch(n -> n == 1), perMessageId.toString());
            assertEquals(0, Sending.run(env, null, args).status(), "everything sent: status 0 from now on");
        }
    }

    /** cadence send in its own JVM, as the launcher runs it, with the password in its environment. */
    private Process childSend(Path out, Path settings) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "clinic.cadence.run.Cadence", "send", "--out", out.toString(),
                "--settings", settings.toString());
        builder.environment().put(Password.ENVIRONMENT_VARIABLE, PASSWORD);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static String childErrors(Process child) {
        try {
            return new String(child.getErrorStream().readAllBytes());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static List<String> clients(TestSmtpServer server) {
        return server.received().stream().map(r -> r.text().replaceAll("(?s).*X-Cadence-Client-Id: (\\S+).*", "$1"))
                .sorted().toList();
    }

    private static String messageId(String text) {
        return text.replaceAll("(?s).*Message-ID: (\\S+).*", "$1");
    }
}
