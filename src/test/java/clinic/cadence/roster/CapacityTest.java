package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capacity input: a bad row stops the run, naming the file, row and problem. */
class CapacityTest {
    @TempDir
    Path dir;

    @Test
    void weeklyHoursFromTheTotalOrTheDays() {
        Capacity capacity = Capacity.read(Corpus.file("capacity.csv"));
        assertEquals(List.of(
                new TherapistCapacity("Ana Ruiz", "North", 30),
                new TherapistCapacity("Per Berg", "South", 32),
                new TherapistCapacity("Per Berg", "North", 7.5),
                new TherapistCapacity("Li Wei", "South", 20)), capacity.therapists());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "capacity-disagree.csv       | row 3: hours_per_week '18' does not match the weekday hours, which add up to 16; correct one of them|",
        "capacity-missing-hours.csv  | missing required column hours_per_week (or mon ... sun)|",
    })
    void badCapacityStopsTheRun(String name, String problem) {
        Path file = Corpus.file(name);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Capacity.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem.strip()), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ana,North,30,6,6           | row 2: hours_per_week '30' does not match the weekday hours, which add up to 12",
        "Ana,North,,,               | row 2: no hours",
        "Ana,North,200,,            | row 2, hours_per_week '200': expected hours from 0 to 168",
        "Ana,North,,25,             | row 2, mon '25': expected hours from 0 to 24",
        "Ana,North,,lots,           | row 2, mon 'lots': expected hours from 0 to 24",
        ",North,30,,                | row 2: therapist is empty",
    })
    void everyCapacityRuleStopsTheRunWithRowAndProblem(String line, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("capacity.csv"), "therapist,location,hours_per_week,mon,tue\n" + line + "\n");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Capacity.read(file));
        assertTrue(e.getMessage().startsWith(file + ": " + problem), e.getMessage());
    }

    @Test
    void twoRowsForOneTherapistAndSiteStopTheRun() throws IOException {
        Path file = Files.writeString(dir.resolve("capacity.csv"), "therapist,location,hours\nAna,North,10\nana,north,5\n");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Capacity.read(file));
        assertEquals(file + ": row 3: ana at north has a row already; give one row per therapist and location",
                e.getMessage());
    }

    @Test
    void capacitySheetOfTheRosterWorkbook() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("roster.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter roster = new TestWorkbooks.SheetWriter(workbook, "Roster");
            roster.row(1, "client_id", "name", "condition");
            roster.row(2, "A", "Ann", "wellness");
            TestWorkbooks.SheetWriter capacity = new TestWorkbooks.SheetWriter(workbook, "Capacity");
            capacity.row(1, "Weekly hours per therapist");
            capacity.row(2, "Therapist", "Location", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Hours per week");
            capacity.row(3, "Ana Ruiz", "North", 8, 8, 8, 8, 4, null, null, 36);
        });
        assertEquals(Optional.of(new Capacity(List.of(new TherapistCapacity("Ana Ruiz", "North", 36)))),
                Capacity.fromRosterWorkbook(xlsx));
        assertEquals(1, Corpus.read(xlsx, Corpus.options()).size(), "the roster is still the first sheet");
    }

    @Test
    void capacityWorkbookUsesItsCapacitySheetElseItsFirst() throws IOException {
        Path named = TestWorkbooks.write(dir.resolve("named.xlsx"), workbook -> {
            new TestWorkbooks.SheetWriter(workbook, "Notes").row(1, "Hours agreed in October");
            TestWorkbooks.SheetWriter capacity = new TestWorkbooks.SheetWriter(workbook, "capacity");
            capacity.row(1, "therapist", "site", "hours");
            capacity.row(2, "Li Wei", "South", 12.5);
        });
        assertEquals(List.of(new TherapistCapacity("Li Wei", "South", 12.5)), Capacity.read(named).therapists());
        Path first = TestWorkbooks.write(dir.resolve("first.xlsx"), workbook -> {
            TestWorkbooks.SheetWriter hours = new TestWorkbooks.SheetWriter(workbook, "Hours");
            hours.row(1, "practitioner", "branch", "monday", "friday");
            hours.row(2, "Ana Ruiz", "North", 8, 4);
        });
        assertEquals(List.of(new TherapistCapacity("Ana Ruiz", "North", 12)), Capacity.read(first).therapists());
    }

    @Test
    void noCapacitySheetOrACsvRosterHasNone() throws IOException {
        Path xlsx = TestWorkbooks.plain(dir.resolve("plain.xlsx"));
        assertEquals(Optional.empty(), Capacity.fromRosterWorkbook(xlsx));
        assertEquals(Optional.empty(), Capacity.fromRosterWorkbook(Corpus.file("clients-utf8.csv")));
    }

    @Test
    void badCapacitySheetNamesTheWorkbookAndSheet() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("roster.xlsx"), workbook -> {
            new TestWorkbooks.SheetWriter(workbook, "Roster").row(1, "client_id", "name", "condition");
            TestWorkbooks.SheetWriter capacity = new TestWorkbooks.SheetWriter(workbook, "Capacity");
            capacity.row(1, "therapist", "location", "hours_per_week");
            capacity.row(2, "Ana Ruiz", "North", "full time");
        });
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Capacity.fromRosterWorkbook(xlsx));
        assertEquals(xlsx + " (sheet Capacity): row 2, hours_per_week 'full time': expected hours from 0 to 168",
                e.getMessage());
    }
}
