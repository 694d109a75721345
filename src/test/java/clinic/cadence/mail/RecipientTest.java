package clinic.cadence.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is emailed, at which address, and why the others are handed their plan. One row per case. */
class RecipientTest {
    static Client client(String email, boolean optOut) {
        return new Client("C1", "Ann", "Lee", "", Condition.ACUTE, 5, 6, LocalDate.of(2026, 11, 16), null,
                MassageType.SWEDISH, Activity.MODERATE, StressLevel.LOW, null, null, null, 60, "", "", email, "", optOut);
    }

    @ParameterizedTest(name = "{0} opt-out={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "ann@example.com       | false | ann@example.com",
        "' ann@example.com '   | false | ann@example.com",
        "ann@münchen.de        | false | ann@xn--mnchen-3ya.de",
        "ann@例え.jp            | false | ann@xn--r8jz45g.jp",
        "ann@example.com       | true  | asked not to be emailed",
        "''                    | false | no email address in the roster",
        "josé@example.com      | false | email address unusable: the part before the @ has letters outside plain ASCII, which most mail servers cannot deliver",
        "ann@exa_mple..com     | false | email address unusable: its domain is not a valid domain name",
    })
    void decides(String email, boolean optOut, String expected) {
        Recipient r = Recipient.of(client(email, optOut));
        String got = r instanceof Recipient.Usable u ? u.address().getAddress() : ((Recipient.HandOver) r).why();
        assertEquals(expected, got);
    }
}
