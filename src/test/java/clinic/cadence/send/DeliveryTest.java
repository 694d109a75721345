package clinic.cadence.send;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cadence send against GreenMail, a real SMTP server in this JVM, on 127.0.0.1 without TLS. */
class DeliveryTest {
    private static final String PASSWORD = "Sentinel-pw-7Qx!9";

    @TempDir
    Path dir;
    private GreenMail greenMail;
    private Path out;
    private Path settings;

    @BeforeEach
    void start() throws Exception {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(TestOutbox.CLINIC, TestOutbox.CLINIC, PASSWORD);
        out = dir.resolve("out");
        settings = settingsFor("none", TestOutbox.CLINIC);
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private Path settingsFor(String security, String user) throws Exception {
        return Sending.settings(dir, "smtp.host = 127.0.0.1", "smtp.port = " + greenMail.getSmtp().getPort(),
                "smtp.security = " + security, "smtp.username = " + user, "smtp.messages_per_minute = 1000");
    }

    private Sending.Outcome send(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "--out";
        args[1] = out.toString();
        args[2] = "--settings";
        args[3] = settings.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return Sending.run(Map.of(Password.ENVIRONMENT_VARIABLE, PASSWORD), null, args);
    }

    @Test
    void everyMessageDeliveredOnceAsStoredAndASecondSendDeliversNothing() throws Exception {
        List<TestOutbox.Letter> letters = TestOutbox.letters(3);
        TestOutbox.write(out, letters);

        Sending.Outcome first = send();
        assertEquals(0, first.status(), first.stderr());
        assertTrue(first.stdout().contains("3 sent now, 0 sent before, 0 refused, 0 unknown, 0 not sent yet"),
                first.stdout());
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(3, received.length);
        for (TestOutbox.Letter letter : letters) {
            MimeMessage m = Arrays.stream(received).filter(r -> header(r, "X-Cadence-Client-Id")
                    .equals(letter.clientId())).findFirst().orElseThrow();
            assertEquals(letter.messageId(), m.getMessageID(), "the file's Message-ID, unchanged");
            assertNull(m.getHeader("X-Unsent"), "the draft header is dropped before sending");
            assertEquals(letter.to(), m.getAllRecipients()[0].toString());
            BodyPart pdf = ((MimeMultipart) m.getContent()).getBodyPart(1);
            assertEquals(Part.ATTACHMENT, pdf.getDisposition());
            byte[] bytes = pdf.getInputStream().readAllBytes();
            assertArrayEquals(TestOutbox.pdf(letter.clientId()), bytes, "attachment intact");
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                assertTrue(new PDFTextStripper().getText(doc).contains("Plan for client " + letter.clientId()));
            }
        }
        assertEquals(6, Sending.ledger(out).size(), "attempting + accepted per message");

        Sending.Outcome second = send();
        assertEquals(0, second.status(), second.stderr());
        assertEquals(3, greenMail.getReceivedMessages().length, "a second send delivers nothing");
        assertTrue(second.stdout().contains("0 sent now, 3 sent before"), second.stdout());

        List<CSVRecord> sent = sentCsv();
        assertEquals(List.of("C1", "C2", "C3"), sent.stream().map(r -> r.get("client_id")).toList());
        assertTrue(sent.stream().allMatch(r -> r.get("status").equals("sent") && !r.get("when").isEmpty()));
        assertEquals(letters.get(1).to(), sent.get(1).get("to"));
        assertEquals("C2.eml", sent.get(1).get("file"));
    }

    @Test
    void aChangedPlanIsANewMessage() throws Exception {
        TestOutbox.write(out, TestOutbox.letters(2));
        assertEquals(0, send().status());
        TestOutbox.write(out, List.of(new TestOutbox.Letter("C1", "client-1@example.test", "v2"),
                new TestOutbox.Letter("C2", "client-2@example.test")));
        Sending.Outcome dry = send("--dry-run");
        assertTrue(dry.stdout().contains("would send: C1.eml to client-1@example.test (client C1): a new plan"),
                dry.stdout());
        assertTrue(dry.stdout().contains("already sent: C2.eml"), dry.stdout());
        assertEquals(2, greenMail.getReceivedMessages().length, "a dry run sends nothing");
        assertEquals(0, send().status());
        assertEquals(3, greenMail.getReceivedMessages().length);
    }

    @Test
    void aFileThatCannotBeSentIsListedAndTheRestGo() throws Exception {
        TestOutbox.write(out, TestOutbox.letters(2));
        Files.writeString(out.resolve("outbox/C0-draft.eml"), "Subject: half written\r\nTo: c0@example.test\r\n\r\nhi\r\n");
        Sending.Outcome run = send();
        assertEquals(1, run.status());
        assertEquals(List.of("cannot send: C0-draft.eml to c0@example.test: it has no Message-ID"), run.errorLines());
        assertTrue(run.stdout().contains("3 messages in " + out.resolve("outbox") + ": 2 sent now"), run.stdout());
        assertEquals(2, greenMail.getReceivedMessages().length);
        assertTrue(Files.readString(dir.resolve("out.sent/sent.csv")).contains(",c0@example.test,C0-draft.eml,"
                + "cannot be sent,,it has no Message-ID,"));
    }

    @Test
    void aDryRunConnectsToNothingAndWritesNothing() throws Exception {
        TestOutbox.write(out, TestOutbox.letters(2));
        greenMail.stop();
        Sending.Outcome dry = send("--dry-run");
        assertEquals(0, dry.status(), dry.stderr());
        assertTrue(dry.stdout().contains("would send: C1.eml to client-1@example.test (client C1): not sent before"));
        assertTrue(dry.stdout().contains("Dry run: 2 of 2 messages"), dry.stdout());
        assertFalse(Files.exists(dir.resolve("out.sent")), "nothing written");
    }

    @Test
    void aWrongPasswordStopsWithOneLineAndStatus5() throws Exception {
        TestOutbox.write(out, TestOutbox.letters(2));
        Sending.Outcome wrong = Sending.run(Map.of(Password.ENVIRONMENT_VARIABLE, "not-" + PASSWORD), null,
                "--out", out.toString(), "--settings", settings.toString());
        assertEquals(5, wrong.status());
        assertEquals(1, wrong.errorLines().size(), wrong.stderr());
        assertTrue(wrong.stderr().startsWith("cadence send: cannot log in to 127.0.0.1:" + greenMail.getSmtp().getPort()
                + " as " + TestOutbox.CLINIC + ": the server said"), wrong.stderr());
        assertEquals(0, greenMail.getReceivedMessages().length);
        assertEquals(List.of(), Sending.ledger(out), "nothing was handed over");

        Sending.Outcome check = Sending.run(Map.of(Password.ENVIRONMENT_VARIABLE, "not-" + PASSWORD), null,
                "--out", out.toString(), "--settings", settings.toString(), "--check");
        assertEquals(5, check.status());
    }

    @Test
    void aServerWithoutStarttlsIsRefusedUnlessSecurityIsNoneOnThisComputer() throws Exception {
        TestOutbox.write(out, TestOutbox.letters(2));
        settings = settingsFor("starttls", TestOutbox.CLINIC);
        Sending.Outcome refused = send();
        assertEquals(5, refused.status());
        assertEquals(1, refused.errorLines().size(), refused.stderr());
        assertTrue(refused.stderr().contains("does not offer STARTTLS, so Cadence will not send over it"),
                refused.stderr());
        assertEquals(0, greenMail.getReceivedMessages().length);

        Path remote = Sending.settings(dir, "smtp.host = mail.example.com", "smtp.security = none");
        Sending.Outcome notLocal = Sending.run(Map.of(), null, "--out", out.toString(), "--settings",
                remote.toString());
        assertEquals(3, notLocal.status());
        assertTrue(notLocal.stderr().contains("settings.properties line 2: smtp.security = none sends the clinic's "
                + "mail and password unencrypted, so it is allowed only for a server on this computer"),
                notLocal.stderr());

        settings = settingsFor("none", TestOutbox.CLINIC);
        assertEquals(0, send().status());
        assertEquals(2, greenMail.getReceivedMessages().length);
    }

    @Test
    void thePasswordComesFromAnOwnerOnlyFileAndAppearsInNoFileOrOutput() throws Exception {
        TestOutbox.write(out, TestOutbox.letters(2));
        Path file = dir.resolve("smtp-password");
        Files.writeString(file, PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        StringBuilder printed = new StringBuilder();
        Sending.Outcome open = Sending.run(Map.of(), null, "--out", out.toString(), "--settings",
                settings.toString(), "--password-file", file.toString());
        printed.append(open.stdout()).append(open.stderr());
        assertEquals(3, open.status());
        assertTrue(open.stderr().contains("other users may open it (permissions rw-r--r--)"), open.stderr());

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        for (String[] args : List.of(new String[] {"--check"}, new String[] {}, new String[] {"--dry-run"})) {
            String[] all = new String[args.length + 6];
            System.arraycopy(new String[] {"--out", out.toString(), "--settings", settings.toString(),
                "--password-file", file.toString()}, 0, all, 0, 6);
            System.arraycopy(args, 0, all, 6, args.length);
            Sending.Outcome run = Sending.run(Map.of(), null, all);
            assertEquals(0, run.status(), run.stderr());
            printed.append(run.stdout()).append(run.stderr());
        }
        assertEquals(2, greenMail.getReceivedMessages().length);
        Sending.Outcome noPassword = Sending.run(Map.of(), null, "--out", out.toString(), "--settings",
                settings.toString());
        assertEquals(3, noPassword.status());
        assertTrue(noPassword.stderr().contains("no password for " + TestOutbox.CLINIC
                + ": set the environment variable CADENCE_SMTP_PASSWORD or give --password-file FILE"));
        printed.append(noPassword.stderr());

        assertFalse(printed.toString().contains(PASSWORD), "password printed");
        for (Path f : Sending.filesUnder(dir)) {
            if (!f.equals(file)) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(PASSWORD),
                        "password in " + f);
            }
        }
    }

    private List<CSVRecord> sentCsv() throws Exception {
        Path csv = dir.resolve("out.sent").resolve("sent.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF lines");
        try (Reader reader = new java.io.StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            String value = m.getHeader(name, null);
            return value == null ? "" : value;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
