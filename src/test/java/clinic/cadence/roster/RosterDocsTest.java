package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.rules.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/roster.md and the settings name every field; headers match as the docs say. */
class RosterDocsTest {
    @TempDir
    Path dir;

    @Test
    void docsListEveryFieldAndTheReadmePointsThereNotToShared() throws IOException {
        String docs = Files.readString(Path.of("docs", "roster.md"), StandardCharsets.UTF_8);
        for (Column column : Column.values()) {
            assertTrue(docs.contains("| `" + column.canonical() + "` |"), column.canonical() + " missing from docs/roster.md");
        }
        assertFalse(docs.contains("../shared"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String rosterSection = readme.substring(readme.indexOf("## The roster"), readme.indexOf("## The command line"));
        assertTrue(rosterSection.contains("(docs/roster.md)"));
        assertFalse(rosterSection.contains("../shared"));
    }

    @Test
    void everyFieldCanBeNamedInTheSettings() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.properties"), Arrays.stream(Column.values())
                .map(c -> "column." + c.canonical() + " = Header of " + c.canonical()).reduce("", (a, b) -> a + b + "\n"));
        Map<String, String> named = Settings.load(file).columnNames();
        assertEquals(Column.values().length, named.size());
        assertEquals("Header of status", named.get("status"));
    }

    @ParameterizedTest(name = "settings: {0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "column.stauts = Estado                        | 'column.stauts' is not a settings parameter (did you mean column.status?)",
        "column.status = Estado\\ncolumn.state_x = x    | is not a settings parameter",
        "column.status = Estado\\ncolumn.name = ESTADO  | column.name = 'ESTADO': expected a header no other column uses (column.status names it too)",
    })
    void aBadColumnSettingStopsTheRunNamingTheLine(String text, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.properties"), text.replace("\\n", "\n") + "\n");
        UnusableInputException e = org.junit.jupiter.api.Assertions.assertThrows(UnusableInputException.class,
                () -> Settings.load(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + " line "), e.getMessage());
    }

    /** One row per header: the column it feeds by its words, or none. */
    @ParameterizedTest(name = "header ''{0}'' -> {1}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        "Client Status           | status",
        "Active?                 | status",
        "Preferred Days          | available_days",
        "Session Length (min)    | session_minutes",
        "Duration (mins)         | session_minutes",
        "Appointment Length      | session_minutes",
        "Clinic Location         | location",
        "Therapist Name          | therapist",
        "Massage Therapist       | therapist",
        "Type of Massage         | massage_type",
        "Last Visit Date         | last_visit",
        "Last Appt               | last_visit",
        "LastVisitDate           | last_visit",
        "Initial Pain            | intake_pain",
        "Pain (0-10)             | pain_level",
        "Current Pain 0-10       | pain_level",
        "Date of Injury          | episode_start",
        "Patient #               | client_id",
        "Client Name             | name",
        "Patient Name            | name",
        "E-mail Address          | email",
        "Email Opt-out           | email_opt_out",
        "Preferred Language      | language",
        "Sessions per Month      | max_sessions_per_month",
        "Relief Lasts (days)     | relief_days",
        "Activity Level          | activity",
        "Stress Level            | stress_level",
        "Referring Therapist     | -",
        "Therapist ID            | -",
        "Emergency Contact Name  | -",
        "Consent to email        | -",
        "Email 2                 | -",
        "Phone                   | -",
        "Date                    | -",
        "Client                  | -",
        "Session                 | -",
    })
    void headersByTheirWords(String header, String column) {
        Column found = Column.byHeader(header);
        assertEquals(column, found == null ? null : found.canonical(), header);
    }

    @Test
    void theClinicsOwnNameWinsAndOtherHeadersForThatFieldAreIgnored() {
        ColumnNames names = new ColumnNames(Map.of("last_visit", "Last Appt"));
        assertEquals(Column.LAST_VISIT, names.column("last appt"));
        assertEquals(null, names.column("Last Visit Date"));
        assertEquals(ColumnNames.How.SETTINGS, names.match("LAST APPT").how());
        assertEquals(List.of(), ColumnNames.candidates("Referring Therapist"));
    }
}
