package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster written to break the emails: line breaks and {@code Bcc:} in names and ids, formulas,
 * script tags, a non-ASCII local part. No email may gain a header, a recipient or a line that
 * reads as a header; an address that cannot be delivered is handed over, with why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileMailTest {
    /** Every header an outbox email has at its top level, in this order. */
    private static final List<String> HEADERS = List.of("Date", "From", "To", "Message-ID", "Subject", "MIME-Version",
            "Content-Type", "X-Unsent", "X-Cadence-Client-Id");

    @TempDir
    static Path dir;
    private Path out;

    @BeforeAll
    void run() throws Exception {
        Path roster = dir.resolve("hostile.csv");
        Files.writeString(roster, String.join("\r\n",
                "client_id,first_name,last_name,condition,pain_level,episode_start,email,language",
                "H1,\"Eve\r\nBcc: spy@evil.example\",\"<script>alert(1)</script>\",acute,6,2026-11-16,eve@example.com,en",
                "H2,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Smith,acute,5,2026-11-16,h2@example.com,fr",
                "\"H3\nBcc: spy@evil.example\",Ann,\"Lee\u0007\u0085\u2028X-Evil: 1\",acute,5,2026-11-16,h3@example.com,es",
                "H4,José,Núñez,acute,5,2026-11-16,josé@example.com,es",
                "H5,Zoë,王芳,acute,5,2026-11-16,zoe@example.com,de",
                "H6,\"Mallory\rTo: all@evil.example\",Q,acute,5,2026-11-16,\"mallory@example.com\",xx-YY"),
                StandardCharsets.UTF_8);
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "mail.from = front@clinic.example\nclinic_name = \"Harbour\" Clinic; Bcc: x@evil.example\n");
        out = dir.resolve("out");
        RunFixture.Outcome outcome = RunFixture.run("--roster", roster.toString(), "--out", out.toString(), "--as-of",
                RunFixture.AS_OF, "--settings", settings.toString(), "--quiet");
        assertTrue(outcome.status() <= 1, outcome.stderr());
        // xx-YY is no language the catalogues know: plan and email are both in the clinic's language.
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"in_english_for_want_of_wording\" : 0"));
    }

    @Test
    void noEmailGainsAHeaderOrARecipient() throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("outbox"))) {
            List<Path> emails = files.toList();
            assertFalse(emails.isEmpty());
            for (Path eml : emails) {
                MailReading.Email email = MailReading.read(eml);
                assertEquals(HEADERS, MailReading.headerNames(email.message()), eml.toString());
                assertEquals(1, email.message().getAllRecipients().length, eml.toString());
                assertNull(email.message().getRecipients(Message.RecipientType.BCC));
                assertNull(email.message().getRecipients(Message.RecipientType.CC));
                String raw = Files.readString(eml, StandardCharsets.US_ASCII);
                String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
                for (String line : head.split("\r\n")) {
                    assertTrue(line.startsWith(" ") || line.startsWith("\t")
                            || HEADERS.stream().anyMatch(h -> line.startsWith(h + ":")), eml + ": " + line);
                }
                assertFalse(raw.contains("\nBcc:") || raw.contains("\nX-Evil:") || raw.contains("\nTo: all@"), eml.toString());
                assertTrue(raw.chars().allMatch(c -> c < 128), "headers and parts are ASCII: " + eml);
            }
        }
    }

    @Test
    void namesKeepTheirWordsOnOneLineAndNonAsciiNamesAreEncoded() throws Exception {
        MailReading.Email eve = MailReading.read(WeeklyChangesAndOutboxTest.emailOf(out.resolve("outbox"), "H1"));
        InternetAddress to = (InternetAddress) eve.message().getRecipients(Message.RecipientType.TO)[0];
        assertEquals("Eve Bcc: spy@evil.example <script>alert(1)</script>", to.getPersonal());
        assertEquals("eve@example.com", to.getAddress());
        assertTrue(eve.text().startsWith("Dear Eve Bcc: spy@evil.example,"), eve.text());
        MailReading.Email zoe = MailReading.read(WeeklyChangesAndOutboxTest.emailOf(out.resolve("outbox"), "H5"));
        assertEquals("Zoë 王芳", ((InternetAddress) zoe.message().getRecipients(Message.RecipientType.TO)[0]).getPersonal());
        assertTrue(Files.readString(WeeklyChangesAndOutboxTest.emailOf(out.resolve("outbox"), "H5"))
                .contains("To: =?UTF-8?"), "RFC 2047 display name");
        assertEquals("Zoe-plan.pdf", zoe.pdf().getFileName(), "attachment names in ASCII");
        MailReading.Email h2 = MailReading.read(WeeklyChangesAndOutboxTest.emailOf(out.resolve("outbox"), "H2"));
        assertTrue(h2.message().getSubject().startsWith("Votre plan de soins"), "French for fr");
        MailReading.Email h6 = MailReading.read(WeeklyChangesAndOutboxTest.emailOf(out.resolve("outbox"), "H6"));
        assertTrue(h6.message().getSubject().startsWith("Your care plan"), "an unsupported language is English");
    }

    @Test
    void anIdWithALineBreakIsOneHeaderValue() throws Exception {
        Path eml = WeeklyChangesAndOutboxTest.emailOf(out.resolve("outbox"), "H3 Bcc: spy@evil.example");
        assertTrue(eml.getFileName().toString().matches("H3_Bcc__spy_evil.example-[0-9a-f]{8}\\.eml"), eml.toString());
    }

    @Test
    void anAddressWithANonAsciiLocalPartIsHandedOverWithWhy() throws Exception {
        Map<String, CSVRecord> handOver = WeeklyChangesAndOutboxTest.csvById(out.resolve("hand-over.csv"));
        assertEquals(Set.of("H4"), handOver.keySet());
        assertTrue(handOver.get("H4").get("why").contains("not plain ASCII")
                || handOver.get("H4").get("why").contains("outside plain ASCII"), handOver.get("H4").get("why"));
        assertFalse(WeeklyChangesAndOutboxTest.idsIn(out.resolve("outbox")).contains("H4"));
    }
}
