package clinic.cadence.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.RejectException;

/**
 * cadence send against SubEthaSMTP servers on the loopback address that answer as real ones do:
 * STARTTLS with a certificate, a login, an unknown mailbox, "try later", and on their own clock.
 */
class ServerAnswersTest {
    private static final String PASSWORD = "tls-pw-Zq8";

    @TempDir
    Path dir;

    /** One certificate for localhost for the whole class: keytool takes a second or two. */
    @TempDir
    static Path certificates;
    private static TestCertificate localhost;

    @org.junit.jupiter.api.BeforeAll
    static void makeCertificate() throws Exception {
        localhost = TestCertificate.make(certificates);
    }

    private Path out() {
        return dir.resolve("out");
    }

    private Path settings(int port, String security, String user, String... more) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("smtp.host = 127.0.0.1", "smtp.port = " + port,
                "smtp.security = " + security, "smtp.username = " + user));
        lines.addAll(List.of(more));
        if (lines.stream().noneMatch(l -> l.startsWith("smtp.timeout_seconds"))) {
            lines.add("smtp.timeout_seconds = 10");
        }
        return Sending.settings(dir, lines.toArray(String[]::new));
    }

    @Test
    void sendsOverStarttlsWithTheServersCertificateAndLogin() throws Exception {
        TestCertificate certificate = localhost;
        try (TestSmtpServer server = new TestSmtpServer(certificate.server, PASSWORD, new TestSmtpServer.Script() {
        })) {
            TestOutbox.write(out(), TestOutbox.letters(2));
            Path settings = settings(server.port(), "starttls", TestSmtpServer.USER, "smtp.messages_per_minute = 1000");
            Map<String, String> env = Map.of(Password.ENVIRONMENT_VARIABLE, PASSWORD);
            javax.net.ssl.SSLSocketFactory trusting = certificate.client.getSocketFactory();

            Sending.Outcome check = Sending.run(env, trusting, "--out", out().toString(), "--settings",
                    settings.toString(), "--check");
            assertEquals(0, check.status(), check.stderr());
            assertTrue(check.stdout().contains("over TLS (starttls) and logged in as " + TestSmtpServer.USER),
                    check.stdout());

            Sending.Outcome sent = Sending.run(env, trusting, "--out", out().toString(), "--settings",
                    settings.toString());
            assertEquals(0, sent.status(), sent.stderr());
            assertEquals(2, server.received().size());
            assertTrue(server.received().get(0).text().contains("Message-ID: <plan-C1-v1@cadence.test>"));
            assertEquals(TestOutbox.CLINIC, server.received().get(0).from(), "envelope sender = the file's From");

            // Java's own trusted authorities do not know the test certificate: TLS fails, nothing is sent.
            TestOutbox.write(out(), List.of(new TestOutbox.Letter("C9", "client-9@example.test")));
            Sending.Outcome untrusted = Sending.run(env, null, "--out", out().toString(), "--settings",
                    settings.toString());
            assertEquals(5, untrusted.status());
            assertTrue(untrusted.stderr().startsWith("cadence send: cannot set up TLS with 127.0.0.1:"),
                    untrusted.stderr());
            assertTrue(untrusted.stderr().contains("its certificate is not one Java trusts"), untrusted.stderr());
            assertEquals(1, untrusted.errorLines().size());
            assertEquals(2, server.received().size());
        }
    }

    @Test
    void sendsOverSslFromTheFirstByte() throws Exception {
        TestCertificate certificate = localhost;
        try (TestSmtpServer server = new TestSmtpServer(certificate.server, true, PASSWORD,
                new TestSmtpServer.Script() {
                })) {
            TestOutbox.write(out(), TestOutbox.letters(1));
            Path settings = settings(server.port(), "ssl", TestSmtpServer.USER);
            Sending.Outcome sent = Sending.run(Map.of(Password.ENVIRONMENT_VARIABLE, PASSWORD),
                    certificate.client.getSocketFactory(), "--out", out().toString(), "--settings", settings.toString());
            assertEquals(0, sent.status(), sent.stderr());
            assertEquals(1, server.received().size());
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        TestCertificate elsewhere = TestCertificate.make(dir, "dns:mail.elsewhere.test");
        try (TestSmtpServer server = new TestSmtpServer(elsewhere.server, PASSWORD, new TestSmtpServer.Script() {
        })) {
            TestOutbox.write(out(), TestOutbox.letters(1));
            Path settings = settings(server.port(), "starttls", TestSmtpServer.USER);
            Sending.Outcome refused = Sending.run(Map.of(Password.ENVIRONMENT_VARIABLE, PASSWORD),
                    elsewhere.client.getSocketFactory(), "--out", out().toString(), "--settings", settings.toString());
            assertEquals(5, refused.status(), refused.stderr());
            assertTrue(refused.stderr().contains("cannot set up TLS with 127.0.0.1"), refused.stderr());
            assertTrue(refused.stderr().contains("not for this host name (No subject alternative names matching IP "
                    + "address 127.0.0.1 found)"), refused.stderr());
            assertEquals(0, server.received().size());
        }
    }

    @Test
    void aRefusedRecipientIsRecordedWithTheServersReplyAndTheRestAreDelivered() throws Exception {
        TestSmtpServer.Script noSuchMailbox = new TestSmtpServer.Script() {
            @Override
            public void recipient(String recipient) throws RejectException {
                if (recipient.startsWith("client-2@")) {
                    throw new RejectException(550, "5.1.1 <client-2@example.test>: no such mailbox");
                }
            }
        };
        try (TestSmtpServer server = new TestSmtpServer(null, null, noSuchMailbox)) {
            TestOutbox.write(out(), TestOutbox.letters(3));
            Path settings = settings(server.port(), "none", "", "smtp.messages_per_minute = 1000");
            Sending.Outcome run = Sending.run(Map.of(), null, "--out", out().toString(), "--settings",
                    settings.toString());
            assertEquals(1, run.status(), run.stderr());
            assertEquals(List.of("client-1@example.test", "client-3@example.test"),
                    server.received().stream().map(r -> r.to().get(0)).toList());
            assertEquals(List.of("refused: C2.eml to client-2@example.test (client C2): the server said 550 5.1.1 "
                    + "<client-2@example.test>: no such mailbox"), run.errorLines());
            assertTrue(run.stdout().contains("2 sent now, 0 sent before, 1 refused"), run.stdout());
            String sentCsv = Files.readString(dir.resolve("out.sent/sent.csv"));
            assertTrue(sentCsv.contains("C2,client-2@example.test,C2.eml,refused,"), sentCsv);
            assertTrue(sentCsv.contains("the server refused it: 550 5.1.1 <client-2@example.test>: no such mailbox"));

            // Refused for good: listed again, not sent again, until the address changes.
            Sending.Outcome again = Sending.run(Map.of(), null, "--out", out().toString(), "--settings",
                    settings.toString());
            assertEquals(1, again.status());
            assertTrue(again.stderr().startsWith("refused: C2.eml to client-2@example.test (client C2): refused "),
                    again.stderr());
            assertEquals(2, server.received().size());
        }
    }

    @Test
    void aTemporaryRefusalIsTriedAgainAfterAWait() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        TestSmtpServer.Script busy = new TestSmtpServer.Script() {
            @Override
            public void recipient(String recipient) throws RejectException {
                if (recipient.startsWith("client-1@") && tries.incrementAndGet() <= 2) {
                    throw new RejectException(451, "4.7.1 try again later");
                }
            }
        };
        try (TestSmtpServer server = new TestSmtpServer(null, null, busy)) {
            TestOutbox.write(out(), TestOutbox.letters(2));
            Path settings = settings(server.port(), "none", "", "smtp.messages_per_minute = 1000",
                    "smtp.retry_after_seconds = 1", "smtp.retries = 2");
            long start = System.nanoTime();
            Sending.Outcome run = Sending.run(Map.of(), null, "--out", out().toString(), "--settings",
                    settings.toString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, run.status(), run.stderr());
            assertEquals(3, tries.get());
            assertTrue(millis >= 3000, "waited 1 s, then 2 s: " + millis + " ms");
            assertEquals(List.of("client-2@example.test", "client-1@example.test"),
                    server.received().stream().map(r -> r.to().get(0)).toList());
            List<String> steps = Sending.ledger(out()).stream().filter(l -> l.contains(",C1,"))
                    .map(l -> l.split(",")[5]).toList();
            assertEquals(List.of("attempting", "deferred", "attempting", "deferred", "attempting", "accepted"), steps);
        }
    }

    @Test
    void aMessageStillDeferredAfterItsRetriesIsListedAndTheNextSendTriesIt() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        TestSmtpServer.Script busyOnce = new TestSmtpServer.Script() {
            @Override
            public void recipient(String recipient) throws RejectException {
                if (recipient.startsWith("client-1@") && tries.incrementAndGet() == 1) {
                    throw new RejectException(452, "4.3.1 mailbox full for now");
                }
            }
        };
        try (TestSmtpServer server = new TestSmtpServer(null, null, busyOnce)) {
            TestOutbox.write(out(), TestOutbox.letters(2));
            Path settings = settings(server.port(), "none", "", "smtp.messages_per_minute = 1000", "smtp.retries = 0");
            String[] args = {"--out", out().toString(), "--settings", settings.toString()};
            Sending.Outcome first = Sending.run(Map.of(), null, args);
            assertEquals(1, first.status());
            assertEquals(List.of("not sent yet: C1.eml to client-1@example.test (client C1): the server said try later "
                    + "(452 4.3.1 mailbox full for now); the next cadence send tries again"), first.errorLines());
            assertTrue(Files.readString(dir.resolve("out.sent/sent.csv")).contains("C1,client-1@example.test,C1.eml,"
                    + "not sent yet,"));
            Sending.Outcome second = Sending.run(Map.of(), null, args);
            assertEquals(0, second.status(), second.stderr());
            assertTrue(second.stdout().contains("1 sent now, 1 sent before"), second.stdout());
            assertEquals(2, server.received().size());
        }
    }

    @Test
    void aServerThatStopsAnsweringTimesOutTheMessageIsUnknownAndTheRestGo() throws Exception {
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        TestSmtpServer.Script silentOnTheSecond = new TestSmtpServer.Script() {
            @Override
            public void data(String recipient, byte[] data) throws RejectException {
                if (recipient.startsWith("client-2@")) {
                    try {
                        finished.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new RejectException(451, "4.4.2 too late");
                }
            }
        };
        try (TestSmtpServer server = new TestSmtpServer(null, null, silentOnTheSecond)) {
            TestOutbox.write(out(), TestOutbox.letters(3));
            Path settings = settings(server.port(), "none", "", "smtp.messages_per_minute = 1000",
                    "smtp.timeout_seconds = 5");
            long start = System.nanoTime();
            Sending.Outcome run = Sending.run(Map.of(), null, "--out", out().toString(), "--settings",
                    settings.toString());
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            finished.countDown();
            assertEquals(1, run.status(), run.stderr());
            assertTrue(seconds >= 5 && seconds < 15, "waited the 5 s timeout, not for ever: " + seconds + " s");
            assertTrue(run.stderr().startsWith("unknown: C2.eml to client-2@example.test (client C2): the connection "
                    + "failed before the server answered"), run.stderr());
            assertEquals(List.of("client-1@example.test", "client-3@example.test"),
                    server.received().stream().map(r -> r.to().get(0)).toList(), "connected again for the third");
        }
    }

    @Test
    void theRateHoldsOnTheServersClockAndTheDailyCapHoldsTheRest() throws Exception {
        try (TestSmtpServer server = new TestSmtpServer(null, null, new TestSmtpServer.Script() {
        })) {
            TestOutbox.write(out(), TestOutbox.letters(5));
            // 120 a minute: one every 500 ms. A cap of 4 a day holds the fifth.
            Path settings = settings(server.port(), "none", "", "smtp.messages_per_minute = 120",
                    "smtp.messages_per_day = 4");
            Sending.Outcome run = Sending.run(Map.of(), null, "--out", out().toString(), "--settings",
                    settings.toString());
            assertEquals(1, run.status(), run.stderr());
            List<TestSmtpServer.Received> received = server.received();
            assertEquals(4, received.size());
            // Cadence spaces its hand-overs by 500 ms; what reaches the server varies by the machine's
            // scheduling (the first message also loads the mail classes), so allow 150 ms of jitter: no
            // burst, and over the send no more than the rate. The defaults stay a third under the providers'.
            for (int i = 1; i < received.size(); i++) {
                long gap = (received.get(i).mailFromNanos() - received.get(i - 1).mailFromNanos()) / 1_000_000;
                assertTrue(gap >= 350, "message " + i + " came " + gap + " ms after the one before");
            }
            long span = (received.get(3).mailFromNanos() - received.get(0).mailFromNanos()) / 1_000_000;
            assertTrue(span >= 3 * 500 - 150, "4 messages at 120 a minute take at least 1.5 s: " + span + " ms");
            String firstAt = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                    java.time.Instant.parse(Sending.ledger(out()).get(0).split(",")[0]).plus(java.time.Duration.ofDays(1))
                            .atZone(java.time.ZoneId.systemDefault()));
            assertTrue(run.stderr().contains("not sent yet: 1 message, because the daily cap of 4 messages "
                    + "(smtp.messages_per_day) is reached until " + firstAt + "; the next cadence send sends it"),
                    run.stderr());
            String sentCsv = Files.readString(dir.resolve("out.sent/sent.csv"));
            assertTrue(sentCsv.contains("C5,client-5@example.test,C5.eml,not sent yet,,the daily cap"), sentCsv);

            // The next send, still within the day, sends nothing more and says so.
            Sending.Outcome next = Sending.run(Map.of(), null, "--out", out().toString(), "--settings",
                    settings.toString());
            assertEquals(1, next.status());
            assertEquals(4, server.received().size());
        }
    }
}
