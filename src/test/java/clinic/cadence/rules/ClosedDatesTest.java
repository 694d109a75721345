package clinic.cadence.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Closed dates as a clinic writes them: every year, once, and ranges; none of them lapses. */
class ClosedDatesTest {

    @ParameterizedTest(name = "R9 closed {0}: {1} closed = {2}")
    @CsvSource(delimiter = ';', value = {
        "12-25; 2026-12-25; true",
        "12-25; 2031-12-25; true",
        "12-25; 2027-12-24; false",
        "2027-04-02; 2027-04-02; true",
        "2027-04-02; 2028-04-02; false",
        "2026-12-24..2026-12-31; 2026-12-24; true",
        "2026-12-24..2026-12-31; 2026-12-31; true",
        "2026-12-24..2026-12-31; 2027-01-01; false",
        "2026-12-24..2026-12-31; 2027-12-27; false",
        "12-24..01-02; 2029-12-30; true",
        "12-24..01-02; 2030-01-02; true",
        "12-24..01-02; 2030-01-03; false",
        "08-01 .. 08-14, 2027-04-02; 2035-08-07; true",
        "02-29; 2028-02-29; true",
        "02-29; 2027-02-28; false",
    })
    void eachKindOfEntry(String written, LocalDate day, boolean closed) {
        ClosedDates dates = ClosedDates.parse(written);
        assertEquals(closed, dates.contains(day));
        assertEquals(closed, java.util.Arrays.binarySearch(dates.epochDays(), day.toEpochDay()) >= 0,
                "what placement sees");
    }

    @Test
    void notADateIsRefusedNamingTheEntry() {
        for (String bad : List.of("25/12/2026", "2026-02-30", "13-01", "2026-12-31..2026-12-24", "12-25..")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClosedDates.parse("01-01, " + bad));
            assertTrue(e.getMessage().contains(bad.replace(" ", "")), e.getMessage());
        }
    }

    /** The trap: the old defaults were 2026 dates, so in December 2027 sessions landed on Christmas Day. */
    @Test
    void r9TheBuiltInHolidaysHoldIn2027AndAfter() {
        Client saturdays = new Client("C", "A", "B", "", Condition.ACUTE, 8, 8, LocalDate.of(2027, 12, 13), null,
                MassageType.THERAPEUTIC, Activity.MODERATE, StressLevel.MODERATE, null, null,
                Set.of(DayOfWeek.SATURDAY), 60, "", "", "");
        LocalDate asOf = LocalDate.of(2027, 12, 20);
        List<LocalDate> holidays = List.of(LocalDate.of(2027, 12, 25), LocalDate.of(2028, 1, 1));
        Settings none = new Settings("", "", Settings.defaults().openDays(), Set.of(), 15, 12, Paper.A4, "",
                List.of());
        List<LocalDate> unguarded = Rulebook.defaults().plan(saturdays, none, asOf).sessions().stream()
                .map(Session::date).toList();
        assertTrue(unguarded.containsAll(holidays), "without closed dates they would be booked: " + unguarded);
        List<LocalDate> planned = Rulebook.defaults().plan(saturdays, Settings.defaults(), asOf).sessions()
                .stream().map(Session::date).toList();
        for (LocalDate holiday : holidays) {
            assertFalse(planned.contains(holiday), holiday + " in " + planned);
        }
    }

    @Test
    void theRulesSheetListsTheDaysClosedInTheWindow() {
        Settings settings = new Settings("", "", Settings.defaults().openDays(),
                ClosedDates.parse("12-25, 2027-04-02, 2026-12-28..2026-12-30"), 15, 12, Paper.A4, "", List.of());
        List<Parameter> parameters = settings.parameters(LocalDate.of(2026, 11, 25));
        int at = parameters.stream().map(Parameter::name).toList().indexOf("closed_dates");
        assertEquals("12-25, 2027-04-02, 2026-12-28..2026-12-30", parameters.get(at).value());
        assertEquals("closed_dates in this window", parameters.get(at + 1).name());
        assertEquals("2026-12-25, 2026-12-28, 2026-12-29, 2026-12-30", parameters.get(at + 1).value());
        assertTrue(parameters.get(at + 1).meaning().contains("2026-11-23 to 2027-02-14"));
    }
}
