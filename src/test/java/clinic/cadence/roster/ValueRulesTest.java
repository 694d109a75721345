package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster's value rules (roster.md), one row per case. */
class ValueRulesTest {

    @ParameterizedTest(name = "dates: {0} with order {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "2026-11-23,          -,   2026-11-23",
        "2026-1-5,            -,   2026-01-05",
        "2026-11-23 00:00:00, -,   2026-11-23",
        "13/04/2026,          -,   2026-04-13",
        "04/13/2026,          -,   2026-04-13",
        "05/05/2026,          -,   2026-05-05",
        "03/04/2026,          DMY, 2026-04-03",
        "03/04/2026,          MDY, 2026-03-04",
        "23.11.2026,          -,   2026-11-23",
        "03.04.2026,          MDY, 2026-04-03",
        "29/02/2028,          -,   2028-02-29",
        "2026/10/12,          -,   2026-10-12",
        "10 Nov 2026,         -,   2026-11-10",
        "'Nov 23, 2026',      -,   2026-11-23",
        "23 November 2026,    -,   2026-11-23",
        "23-Nov-26,           -,   2026-11-23",
        "'Mon, 23 Nov 2026',  -,   2026-11-23",
        "1st Sept 2026,       -,   2026-09-01",
        "3.4.26,              -,   2026-04-03",
        "13/04/26,            -,   2026-04-13",
        "03/04/26,            DMY, 2026-04-03",
        "12/31/99,            -,   1999-12-31",
        "11/20/2026 9:30 AM,  -,   2026-11-20",
    })
    void datesThatAreRead(String text, DateOrder order, LocalDate date) {
        assertEquals(DateText.Result.of(date), new DateText(order, Corpus.AS_OF).parse(text));
    }

    @ParameterizedTest(name = "dates: {0} with order {1} is rejected: {2}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "03/04/2026 | -   | 03/04/2026 could be 3 April or 4 March: use --date-order dmy or mdy, or write it as 2026-04-03 or 2026-03-04",
        "03/04/26   | -   | 03/04/26 could be 3 April or 4 March",
        "31 Feb 2026 | -  | exists in the calendar",
        "23 Novembre 2026 | - | a date like 2026-11-23",
        "31/02/2026 | -   | exists in the calendar",
        "13/04/2026 | MDY | exists in the calendar",
        "29/02/2026 | DMY | exists in the calendar",
        "2026-13-01 | -   | exists in the calendar",
        "April 3    | -   | a date like 2026-11-23",
        "20261123   | -   | a date like 2026-11-23",
    })
    void datesThatAreRejected(String text, DateOrder order, String expected) {
        DateText.Result result = new DateText(order, Corpus.AS_OF).parse(text);
        assertNull(result.date());
        assertTrue(result.expected().startsWith("a date like 2026-11-23"), result.expected());
        assertTrue(result.expected().contains(expected), result.expected());
    }

    @ParameterizedTest(name = "available_days: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Mon                     | MONDAY",
        "Monday, Wednesday       | MONDAY WEDNESDAY",
        "mon;wed;FRI             | MONDAY WEDNESDAY FRIDAY",
        "Tue/Thu                 | TUESDAY THURSDAY",
        "Mon Tue                 | MONDAY TUESDAY",
        "Mon-Fri                 | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY",
        "Mon – Wed, Sat          | MONDAY TUESDAY WEDNESDAY SATURDAY",
        "Fri-Mon                 | FRIDAY SATURDAY SUNDAY MONDAY",
        "Tues, Thurs.            | TUESDAY THURSDAY",
        "Fridays                 | FRIDAY",
        "Weekdays                | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY",
        "weekends                | SATURDAY SUNDAY",
        "M/W/F                   | MONDAY WEDNESDAY FRIDAY",
        "Tu/Th                   | TUESDAY THURSDAY",
        "Tue and Thu only        | TUESDAY THURSDAY",
        "Mondays & Wednesdays    | MONDAY WEDNESDAY",
        "Mon to Wed              | MONDAY TUESDAY WEDNESDAY",
        "Any                     | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY",
    })
    void dayListsAndRanges(String text, String days) {
        Set<DayOfWeek> expected = Stream.of(days.split(" ")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        assertEquals(expected, Weekdays.parse(text));
    }

    @ParameterizedTest(name = "available_days: {0} is rejected")
    @CsvSource({"Funday", "Mon-Funday", "'Mon,,Xyz'", "T/Th", "S", "MTWTF", "1-5", "'-'", "mornings"})
    void dayListsThatAreRejected(String text) {
        assertNull(Weekdays.parse(text));
    }

    @ParameterizedTest(name = "enumerated values: {0} is {1}")
    @CsvSource({
        "New Onset, ACUTE", "flare-up, FLARE", "Flare_Up, FLARE", "maintenance, WELLNESS", "prevention, WELLNESS",
        "recent injury, INJURY", "CHRONIC, CHRONIC",
    })
    void conditionsMatchedLikeHeaders(String text, String condition) {
        assertEquals(condition, Vocabulary.CONDITIONS.of(text).name());
    }

    @ParameterizedTest(name = "enumerated values: {0} is {1}")
    @CsvSource({
        "desk job, SEDENTARY", "Physical-Job, STRENUOUS", "Athlete, ATHLETE",
    })
    void activitiesMatchedLikeHeaders(String text, String activity) {
        assertEquals(activity, Vocabulary.ACTIVITIES.of(text).name());
    }

    @ParameterizedTest(name = "headers: {0} is {1}")
    @CsvSource({
        "Client ID, CLIENT_ID", "client-no., CLIENT_ID", "Patient_ID, CLIENT_ID", "Surname, LAST_NAME",
        "Given Name, FIRST_NAME", "Full Name, NAME", "NRS, PAIN_LEVEL", "Pain score, PAIN_LEVEL",
        "Injury date, EPISODE_START", "Last appointment, LAST_VISIT", "Job type, ACTIVITY", "Benefit days, RELIEF_DAYS",
        "Monthly cap, MAX_SESSIONS_PER_MONTH", "Availability, AVAILABLE_DAYS", "Duration, SESSION_MINUTES",
        "Branch, LOCATION", "Provider, THERAPIST", "E-mail, EMAIL", "Email address, EMAIL", "State, STATUS",
    })
    void headerAliases(String header, String column) {
        assertEquals(column, Column.byHeader(header).name());
    }
}
