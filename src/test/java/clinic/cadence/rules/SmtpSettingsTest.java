package clinic.cadence.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.rules.SmtpSettings.Security;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The smtp.* settings of cadence send: defaults under the providers' limits, checked like every setting. */
class SmtpSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreStarttlsAndUnderMicrosoftAndGmailLimits() {
        SmtpSettings smtp = Settings.defaults().smtp();
        assertEquals("", smtp.host(), "no server until the clinic names one");
        assertEquals(Security.STARTTLS, smtp.security());
        assertEquals(587, smtp.portInUse());
        assertTrue(smtp.messagesPerMinute() < 30, "Microsoft 365: 30 messages a minute");
        assertTrue(smtp.messagesPerDay() < 500, "free Gmail: 500 a day");
        assertTrue(smtp.timeoutSeconds() > 0 && smtp.timeoutSeconds() <= 600, "never wait for ever");
        List<String> names = Settings.defaults().parameters().stream().map(Parameter::name)
                .filter(n -> n.startsWith("smtp.")).toList();
        assertEquals(SmtpSettings.NAMES, names);
        assertTrue(Settings.defaults().parameters().stream().filter(p -> p.name().startsWith("smtp."))
                .allMatch(p -> p.meaning().length() > 20), "each has its meaning in the shipped file");
    }

    @Test
    void aClinicFileSetsTheServerAndKeepsTheRest() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "clinic_name = Harbour Clinic\nsmtp.host = smtp.office365.com\n"
                + "smtp.username = desk@harbour.example\nsmtp.security = SSL\n");
        SmtpSettings smtp = Settings.load(file).smtp();
        assertEquals("smtp.office365.com", smtp.host());
        assertEquals(Security.SSL, smtp.security());
        assertEquals(465, smtp.portInUse());
        assertEquals("desk@harbour.example", smtp.username());
        assertEquals(Settings.defaults().smtp().messagesPerMinute(), smtp.messagesPerMinute());
        assertEquals("Harbour Clinic", Settings.load(file).clinicName());
        assertEquals("ssl", Settings.load(file).parameters().stream().filter(p -> p.name().equals("smtp.security"))
                .findFirst().orElseThrow().value(), "listed on the workbook's Rules sheet as in force");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            smtp.port = 0; 1; smtp.port = '0': expected a port number from 1 to 65535
            smtp.port = 70000; 1; smtp.port = '70000': expected a port number from 1 to 65535
            smtp.port = 587x; 1; smtp.port = '587x': expected a port number from 1 to 65535
            smtp.security = tls; 1; smtp.security = 'tls': expected starttls, ssl or none
            smtp.host = smtp.example.com:587; 1; expected a host name such as smtp.example.com, without spaces or a port
            smtp.host = smtp example.com; 1; expected a host name
            smtp.messages_per_minute = 0; 1; smtp.messages_per_minute = '0': expected a whole number of messages from 1 to 1000
            smtp.messages_per_day = lots; 1; expected a whole number of messages from 1 to 100000
            smtp.timeout_seconds = 0; 1; expected a whole number of seconds from 5 to 600
            smtp.retries = 11; 1; expected a whole number of tries from 0 to 10
            smtp.host = mail.example.com|smtp.security = none; 2; smtp.security = none sends the clinic's mail and password unencrypted
            smtp.password = secret; 1; 'smtp.password' is not a settings parameter
            smtp.hots = x; 1; 'smtp.hots' is not a settings parameter (did you mean smtp.host?)
            """)
    void aBadSmtpLineStopsNamingFileLineAndParameter(String content, int line, String message) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, content.replace('|', '\n') + "\n");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Settings.load(file));
        assertTrue(e.getMessage().startsWith(file + " line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @ParameterizedTest(name = "none allowed for {0}")
    @CsvSource({"localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"})
    void noneIsAllowedOnlyForThisComputer(String host) throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "smtp.host = " + host + "\nsmtp.security = none\n");
        assertEquals(Security.NONE, Settings.load(file).smtp().security());
        assertEquals(25, Settings.load(file).smtp().portInUse());
    }
}
