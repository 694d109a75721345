package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The email_opt_out column in the words clinics keep it in; anything else is neither. */
class ConsentTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "neither", value = {
        "yes | true", "Y | true", "TRUE | true", "x | true", "1 | true", "Opted out | true", "opt-out | true",
        "unsubscribed | true", "Do not email | true", "don't email | true", "no email | true",
        "no | false", "N | false", "false | false", "0 | false", "'' | false", "'  ' | false", "opted in | false",
        "OK | false",
        "maybe | neither", "2 | neither", "yes please | neither", "ask first | neither",
    })
    void readsEverydayWordsAndNothingElse(String text, Boolean optedOut) {
        assertEquals(optedOut, Vocabulary.Consent.optedOut(text));
    }

    @Test
    void aValueThatIsNeitherRejectsTheRowNamingTheColumn(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("r.csv");
        Files.writeString(roster, "client_id,name,condition,pain_level,email,Email Opt-Out\n"
                + "C1,Ann,wellness,0,ann@example.com,maybe\nC2,Bo,wellness,0,bo@example.com,Unsubscribed\n");
        List<RosterEntry> entries = Corpus.read(roster, Corpus.options());
        List<RosterEntry.RejectedRow> rejected = Corpus.rejected(entries);
        assertEquals(1, rejected.size());
        assertEquals(List.of(new Problem("email_opt_out", "maybe", Vocabulary.Consent.EXPECTED)), rejected.get(0).problems());
        assertEquals(true, Corpus.clients(entries).get(0).emailOptOut());
    }
}
