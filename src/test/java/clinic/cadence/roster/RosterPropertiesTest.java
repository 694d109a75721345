package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Invariants of reading: dates round-trip, and every data row becomes exactly one entry. */
class RosterPropertiesTest {

    @Property
    void isoAndDottedDatesReadBackAsTheSameDate(@ForAll("dates") LocalDate date) {
        assertEquals(date, new DateText(null, Corpus.AS_OF).parse(date.toString()).date());
        assertEquals(date, new DateText(null, Corpus.AS_OF).parse(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))).date());
        assertEquals(date, new DateText(DateOrder.DMY, Corpus.AS_OF).parse(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).date());
        assertEquals(date, new DateText(DateOrder.MDY, Corpus.AS_OF).parse(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))).date());
    }

    /** Without --date-order a slash date is read only when the other order is no date or the same date. */
    @Property
    void slashDatesAreNeverGuessed(@ForAll("dates") LocalDate date) {
        DateText.Result result = new DateText(null, Corpus.AS_OF).parse(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        boolean ambiguous = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue();
        assertEquals(ambiguous ? null : date, result.date());
    }

    @Property(tries = 60)
    void everyDataRowBecomesExactlyOneEntryInSourceOrder(@ForAll("rosters") List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile("roster", ".csv");
        try {
            List<Integer> dataLines = write(file, rows);
            List<RosterEntry> entries = Corpus.read(file, Corpus.options());
            List<Integer> sourceRows = entries.stream().map(RosterEntry::sourceRow).toList();
            assertEquals(dataLines, sourceRows);
            for (RosterEntry entry : entries) {
                if (entry instanceof RosterEntry.RejectedRow) {
                    assertTrue(!((RosterEntry.RejectedRow) entry).problems().isEmpty());
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** A roster typed into Excel as text reads exactly as the same roster saved as CSV. */
    @Property(tries = 25)
    void xlsxAndCsvOfTheSameRowsGiveTheSameEntries(@ForAll("rosters") List<List<String>> rows) throws IOException {
        Path csv = Files.createTempFile("roster", ".csv");
        Path xlsx = Files.createTempFile("roster", ".xlsx");
        try {
            write(csv, rows);
            TestWorkbooks.write(xlsx, workbook -> {
                TestWorkbooks.SheetWriter sheet = new TestWorkbooks.SheetWriter(workbook, "Roster");
                sheet.row(1, (Object[]) HEADER);
                for (int i = 0; i < rows.size(); i++) {
                    sheet.row(i + 2, rows.get(i).toArray());
                }
            });
            assertEquals(withoutRows(Corpus.read(csv, Corpus.options())), withoutRows(Corpus.read(xlsx, Corpus.options())));
        } finally {
            Files.delete(csv);
            Files.delete(xlsx);
        }
    }

    /** CSV rows count lines (a quoted line break moves the next row down); XLSX rows do not. */
    private static List<Object> withoutRows(List<RosterEntry> entries) {
        List<Object> values = new ArrayList<>();
        for (RosterEntry entry : entries) {
            if (entry instanceof RosterEntry.ClientRow) {
                values.add(((RosterEntry.ClientRow) entry).client());
            } else if (entry instanceof RosterEntry.RejectedRow) {
                values.add(((RosterEntry.RejectedRow) entry).problems().stream()
                        .map(p -> p.expected().replaceAll("rows [0-9, and]+", "rows N")).toList());
            } else {
                values.add(((RosterEntry.InactiveRow) entry).status());
            }
        }
        return values;
    }

    private static final String[] HEADER = {"client_id", "name", "condition", "pain_level", "last_visit", "status"};

    /** Writes the rows below a header; returns the line each non-blank row starts on. */
    private static List<Integer> write(Path file, List<List<String>> rows) throws IOException {
        List<Integer> lines = new ArrayList<>();
        int line = 2;
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            out.printRecord((Object[]) HEADER);
            for (List<String> row : rows) {
                if (row.stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(line);
                }
                out.printRecord(row);
                line += 1 + (int) String.join("", row).chars().filter(c -> c == '\n').count();
            }
        }
        return lines;
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        LocalDate first = LocalDate.of(1900, 1, 1);
        return Arbitraries.longs().between(0, 73_000).map(first::plusDays);
    }

    @Provide
    Arbitrary<List<List<String>>> rosters() {
        Arbitrary<String> id = Arbitraries.of("A1", "A2", "A3", "00123", "", " A1 ");
        Arbitrary<String> name = Arbitraries.of("Zoë", "王芳", "Núñez, María", "line\nbreak", "\"quoted\"", "");
        Arbitrary<String> condition = Arbitraries.of("acute", "flare-up", "wellness", "sore", "");
        Arbitrary<String> pain = Arbitraries.of("0", "6", "6.0", "6.5", "11", "");
        Arbitrary<String> date = Arbitraries.of("2026-11-01", "03/04/2026", "13/04/2026", "2027-01-01", "x", "");
        Arbitrary<String> status = Arbitraries.of("", "active", "paused", "Discharged", "gone");
        Arbitrary<List<String>> row = Combinators.combine(id, name, condition, pain, date, status)
                .as(List::of);
        return row.list().ofMinSize(1).ofMaxSize(25)
                .filter(rows -> rows.stream().anyMatch(r -> r.stream().anyMatch(v -> !v.isBlank())));
    }
}
