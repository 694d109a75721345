package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.cadence.client.Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real CSV exports do: titles and notes above the header, quotes, line breaks in fields, blank lines. */
class CsvDialectTest {

    /**
     * quirks.csv: CRLF, a title and a notes row and a blank line above the header, trailing empty
     * columns, quoted fields with commas, doubled quotes and line breaks (CRLF and LF), blank lines.
     */
    @Test
    void sourceRowIsTheLineWhereTheRecordStarts() {
        List<RosterEntry> entries = Corpus.read(Corpus.file("quirks.csv"), Corpus.options());
        assertEquals(List.of(5, 6, 10, 11, 13), entries.stream().map(RosterEntry::sourceRow).toList());
        assertEquals(List.of("Núñez, María", "Dan", "Zoë \"Zo\" Adams", "王芳", "Ελένη"),
                Corpus.clients(entries).stream().map(Client::fullName).toList());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), Corpus.clients(entries).get(2).availableDays());
    }

    @Test
    void namesInEveryScriptSurviveAUtf8FileWithByteOrderMark() {
        List<Client> clients = Corpus.clients(Corpus.read(Corpus.file("scripts-utf8-bom.csv"), Corpus.options()));
        assertEquals(List.of("Zoë Adams", "María Núñez", "王芳", "Kari Ølstad", "Ελένη Παπαδοπούλου", "Дмитрий Иванов"),
                clients.stream().map(Client::displayName).toList());
        assertEquals("S1", clients.get(0).id(), "the byte-order mark is not part of the first header or value");
    }

    /** A long junk value (under the record limit) is one bad field: its row is rejected, the rest read. */
    @Test
    void aLongJunkFieldIsARejectedRow(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("long.csv"),
                "client_id,name,condition,pain_level\n1,Ann,chronic," + "9".repeat(50_000) + "\n2,Bo,chronic,3\n");
        List<RosterEntry> entries = Corpus.read(file, Corpus.options());
        RosterEntry.RejectedRow ann = (RosterEntry.RejectedRow) entries.get(0);
        assertEquals("9".repeat(200) + "...", ann.problems().get(0).value());
        assertEquals("Bo", ((RosterEntry.ClientRow) entries.get(1)).client().fullName());
    }

    @Test
    void aSingleNameColumnIsEnough() {
        Client dan = Corpus.clients(Corpus.read(Corpus.file("quirks.csv"), Corpus.options())).get(1);
        assertEquals("", dan.firstName());
        assertEquals("", dan.lastName());
        assertEquals("Dan", dan.displayName());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY), dan.availableDays());
    }
}
