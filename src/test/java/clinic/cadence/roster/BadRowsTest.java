package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Client;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * bad-rows.csv holds one broken row per roster rule; bad-rows.expected.csv lists, in order,
 * every problem the reader must report: row, client id, column, value, and words the reason must hold.
 */
class BadRowsTest {
    private final List<RosterEntry> entries = Corpus.read(Corpus.file("bad-rows.csv"), Corpus.options());

    @Test
    void everyBadRowIsRejectedWithRowColumnValueAndReason() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RosterEntry.RejectedRow row : Corpus.rejected(entries)) {
            for (Problem problem : row.problems()) {
                found.add(row.sourceRow() + "," + row.clientId() + "," + problem.column() + "," + problem.value());
                reasons.add(problem.expected());
            }
        }
        List<CSVRecord> expected = expected();
        List<String> wanted = new ArrayList<>();
        for (CSVRecord record : expected) {
            wanted.add(record.get("row") + "," + record.get("client_id") + "," + record.get("column") + ","
                    + record.get("value"));
        }
        assertEquals(wanted, found);
        for (int i = 0; i < expected.size(); i++) {
            String fragment = expected.get(i).get("expected_contains");
            assertTrue(reasons.get(i).contains(fragment), "row " + wanted.get(i) + ": '" + reasons.get(i)
                    + "' should say '" + fragment + "'");
        }
    }

    @Test
    void everyRowIsAccountedForExactlyOnce() {
        long dataLines = 33;
        RowCounts counts = RowCounts.zero();
        for (RosterEntry entry : entries) {
            counts = counts.add(entry);
        }
        assertEquals(dataLines, counts.read());
        assertEquals(counts.read(), counts.planned() + counts.rejected() + counts.notActive());
        // B09 and B10: 03/04/2026 and 03/04/26 read day first, as 13/04/2026 in row 34 proves; B22: an
        // unusable email is a warning, not a rejection; B23: on hold is paused.
        assertEquals(5, counts.planned());
        assertEquals(3, counts.notActive());
    }

    @Test
    void inactiveRowsAreCountedWhateverTheyHold() {
        assertTrue(entries.contains(new RosterEntry.InactiveRow(30, "DUP", "discharged")));
        assertTrue(entries.contains(new RosterEntry.InactiveRow(33, "P01", "paused")));
    }

    /** Ids are compared case-sensitively: "dup" is not "DUP". */
    @Test
    void idsDifferingOnlyInCaseAreDifferentClients() {
        assertEquals(List.of("B09", "B10", "B22", "dup", "B27"), Corpus.clients(entries).stream().map(Client::id).toList());
    }

    @Test
    void unambiguousSlashDatesDayRangesAndMinuteUnitsAreRead() {
        Client ann = Corpus.clients(entries).get(4);
        assertEquals(LocalDate.of(2026, 4, 13), ann.episodeStart());
        assertEquals(Corpus.AS_OF, ann.lastVisit(), "a date on the plan date is not after it");
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.THURSDAY), ann.availableDays());
        assertEquals(90, ann.sessionMinutes());
    }

    @Test
    void withADateOrderTheAmbiguousDateIsRead() {
        List<RosterEntry> dmy = Corpus.read(Corpus.file("bad-rows.csv"),
                new RosterOptions(null, DateOrder.DMY, Corpus.AS_OF));
        RosterEntry ida = dmy.get(8);
        assertEquals(LocalDate.of(2026, 4, 3), ((RosterEntry.ClientRow) ida).client().lastVisit());
        RosterEntry mdy = Corpus.read(Corpus.file("bad-rows.csv"),
                new RosterOptions(null, DateOrder.MDY, Corpus.AS_OF)).get(8);
        assertEquals(LocalDate.of(2026, 3, 4), ((RosterEntry.ClientRow) mdy).client().lastVisit());
    }

    private static List<CSVRecord> expected() throws IOException {
        try (Reader in = Files.newBufferedReader(Corpus.file("bad-rows.expected.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
