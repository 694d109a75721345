package clinic.cadence.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rulebook and settings files a clinic manager edits: defaults, partial files, bad files. */
class ParameterFilesTest {
    @TempDir
    Path dir;

    /** rules.md, number by number. */
    private static final Map<String, String> RULES_MD = new LinkedHashMap<>();

    static {
        String[] pairs = {"review.pain_from", "4", "review.worse_by", "1", "review.per_week", "1",
            "intensive.weeks.mild", "3", "intensive.weeks.moderate", "4", "intensive.weeks.severe", "6",
            "intensive.weeks.longest", "6", "intensive.per_week.none", "1", "intensive.per_week.mild", "1",
            "intensive.per_week.moderate", "2", "intensive.per_week.severe", "3", "intensive.per_week.most", "3",
            "rest_days.light", "1", "rest_days.moderate", "1", "rest_days.deep", "2", "taper.gap_weeks", "2",
            "maintenance.weeks.wellness", "4", "maintenance.weeks.acute", "4", "maintenance.weeks.injury", "4",
            "maintenance.weeks.chronic", "3", "maintenance.weeks.flare", "3", "maintenance.weeks.sedentary", "3",
            "maintenance.weeks.strenuous", "2", "maintenance.weeks.athlete", "2", "maintenance.weeks.high_stress",
            "2", "relief.maintenance.min_weeks", "2", "relief.maintenance.max_weeks", "4"};
        for (int i = 0; i < pairs.length; i += 2) {
            RULES_MD.put(pairs[i], pairs[i + 1]);
        }
    }

    @Test
    void defaultRulebookIsRulesMdWithAMeaningForEveryParameter() {
        List<Parameter> parameters = Rulebook.defaults().parameters();
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            values.put(parameter.name(), parameter.value());
            assertTrue(parameter.meaning().length() > 20, "meaning of " + parameter.name());
        }
        assertEquals(RULES_MD, values, "every parameter, with rules.md's number, in file order");
        assertEquals("built-in defaults", Rulebook.defaults().source());
        assertEquals(sha256(resource("rulebook.properties")), Rulebook.defaults().sha256());
    }

    @Test
    void defaultSettingsAreReadFromTheShippedFile() {
        Settings settings = Settings.defaults();
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), settings.openDays());
        assertEquals("12-25, 12-26, 01-01", settings.closedDates().toString());
        for (int year : new int[] {2026, 2027, 2040}) {
            assertTrue(settings.closedDates().contains(LocalDate.of(year, 12, 25)), "Christmas " + year);
            assertTrue(settings.closedDates().contains(LocalDate.of(year, 1, 1)), "New Year " + year);
        }
        assertEquals(15, settings.turnoverMinutes());
        assertEquals(12, settings.horizonWeeks());
        assertEquals(Paper.A4, settings.paper());
        // No invented clinic: the built-in settings print no name and no contact line.
        assertEquals("", settings.clinicName());
        assertFalse(settings.hasClinicName());
        assertEquals(List.of(), settings.contactLines());
        assertEquals(sha256(resource("settings.properties")), settings.sha256());
        List<String> names = settings.parameters().stream().map(Parameter::name).collect(Collectors.toList());
        assertEquals(List.of("open_days", "closed_dates", "turnover_minutes", "horizon_weeks", "paper", "clinic_name",
                "contact_line.1", "contact_line.2", "contact_line.3", "contact_line.4", "contact_line.5"),
                names.subList(0, 11), "the plan's settings first; sections for other commands follow (SmtpSettingsTest)");
        List<String> columns = new java.util.ArrayList<>();
        Settings.rosterColumns().forEach(column -> columns.add("column." + column));
        assertEquals(columns, names.subList(names.size() - columns.size() - 1, names.size() - 1),
                "the roster's columns, then the outbox's mail.from, last");
        assertEquals("mail.from", names.get(names.size() - 1));
        assertEquals(Map.of(), settings.columnNames(), "no column is named by default");
        assertEquals("language", names.get(names.size() - columns.size() - 2), "the language section before the columns");
        assertEquals("en-GB", settings.language().toLanguageTag());
        assertEquals("Mon, Tue, Wed, Thu, Fri, Sat", settings.parameters().get(0).value());
        assertEquals("12-25, 12-26, 01-01", settings.parameters().get(1).value());
        assertTrue(settings.parameters().stream().allMatch(p -> p.meaning().length() > 10));
    }

    @Test
    void withersKeepWorkingAndShowInTheParameters() {
        Settings settings = Settings.defaults().withHorizonWeeks(26).withPaper(Paper.LETTER);
        Map<String, String> values = settings.parameters().stream()
                .collect(Collectors.toMap(Parameter::name, Parameter::value));
        assertEquals("26", values.get("horizon_weeks"));
        assertEquals("letter", values.get("paper"));
        assertEquals(26, settings.horizonWeeks());
    }

    @Test
    void writtenDefaultsLoadBackUnchanged() throws IOException {
        Path rules = dir.resolve("clinic/rulebook.properties");
        Path settings = dir.resolve("clinic/settings.properties");
        Rulebook.writeDefaults(rules);
        Settings.writeDefaults(settings);
        assertArrayEquals(resource("rulebook.properties"), Files.readAllBytes(rules));
        assertArrayEquals(resource("settings.properties"), Files.readAllBytes(settings));
        Rulebook loaded = Rulebook.load(rules);
        assertEquals(Rulebook.defaults().parameters(), loaded.parameters());
        assertEquals(Rulebook.defaults().sha256(), loaded.sha256());
        assertEquals(rules.toString(), loaded.source());
        Settings loadedSettings = Settings.load(settings);
        assertEquals(Settings.defaults().parameters(), loadedSettings.parameters());
        assertEquals(settings.toString(), loadedSettings.source());
    }

    @Test
    void aPartialRulebookChangesOnlyWhatItSetsAndThePlansFollow() throws IOException {
        Path file = write("rulebook.properties", "# our clinic\nintensive.weeks.mild = 5\n\nrest_days.deep=3\n");
        Rulebook rules = Rulebook.load(file);
        Map<String, String> values = rules.parameters().stream()
                .collect(Collectors.toMap(Parameter::name, Parameter::value));
        Map<String, String> expected = new LinkedHashMap<>(RULES_MD);
        expected.put("intensive.weeks.mild", "5");
        expected.put("rest_days.deep", "3");
        assertEquals(expected, values);
        assertEquals(sha256(Files.readAllBytes(file)), rules.sha256());
        Client mild = new Client("C", "A", "B", "", Condition.ACUTE, 2, null, null, null, MassageType.SWEDISH,
                Activity.MODERATE, StressLevel.MODERATE, null, null, null, 60, "", "", "");
        Plan plan = rules.plan(mild, Settings.defaults(), LocalDate.of(2026, 11, 23));
        assertEquals(LocalDate.of(2026, 12, 27), plan.timeline().get(0).end(), "5 intensive weeks");
    }

    @Test
    void settingsFileInWindowsAnsiOrWithBomIsRead() throws IOException {
        Path ansi = dir.resolve("ansi.properties");
        Files.write(ansi, "clinic_name = Clínica Ñandú\nopen_days = mon - fri, sun\n"
                .getBytes(Charset.forName("windows-1252")));
        Settings settings = Settings.load(ansi);
        assertEquals("Clínica Ñandú", settings.clinicName());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), settings.openDays());
        Path bom = dir.resolve("bom.properties");
        Files.write(bom, ("\uFEFFclinic_name = 王芳按摩\r\ncontact_line.1 =\r\ncontact_line.4 = Ølstad vei 2\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Settings utf8 = Settings.load(bom);
        assertEquals("王芳按摩", utf8.clinicName());
        assertEquals(List.of("Ølstad vei 2"),
                utf8.contactLines());
        assertEquals(12, utf8.horizonWeeks(), "left out: the default");
    }

    /** One bad line each: the message names the file, the line, the parameter and what is allowed. */
    @ParameterizedTest(name = "{0}: line {2}: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            rulebook.properties; # R3|intensive.weeks.mild = three; 2; intensive.weeks.mild = 'three': expected a whole number of weeks from 1 to 12
            rulebook.properties; intensive.weeks.mild = 13; 1; intensive.weeks.mild = '13': expected a whole number of weeks from 1 to 12
            rulebook.properties; intensive.weeks.mild = 0; 1; intensive.weeks.mild = '0': expected a whole number of weeks from 1 to 12
            rulebook.properties; rest_days.deep = -1; 1; rest_days.deep = '-1': expected a whole number of days from 0 to 6
            rulebook.properties; rest_days.deep = 2.5; 1; rest_days.deep = '2.5': expected a whole number of days from 0 to 6
            rulebook.properties; taper.gap_weeks =; 1; taper.gap_weeks = '': expected a whole number of weeks from 0 to 8
            rulebook.properties; |intensive.weeks.mid = 3; 2; 'intensive.weeks.mid' is not a rulebook parameter (did you mean intensive.weeks.mild?)
            rulebook.properties; Rest_Days.Deep = 2; 1; 'Rest_Days.Deep' is not a rulebook parameter (did you mean rest_days.deep?)
            rulebook.properties; horizon_weeks = 12; 1; 'horizon_weeks' is not a rulebook parameter
            rulebook.properties; intensive.weeks.mild = 3|review.per_week = 1|intensive.weeks.mild = 4; 3; intensive.weeks.mild is set twice (also on line 1)
            rulebook.properties; intensive weeks mild 3; 1; 'intensive weeks mild 3' is not a parameter: write name = value
            rulebook.properties; relief.maintenance.max_weeks = 2|relief.maintenance.min_weeks = 3; 2; relief.maintenance.min_weeks = '3': expected relief.maintenance.min_weeks (3) no larger than relief.maintenance.max_weeks (2)
            settings.properties; open_days = Mon-Funday; 1; open_days = 'Mon-Funday': expected day names or ranges
            settings.properties; open_days = ; 1; open_days = '': expected day names or ranges
            settings.properties; closed_dates = 2026-12-25, 25/12/2026; 1; closed_dates = '2026-12-25, 25/12/2026': expected dates separated by commas: MM-DD every year (12-25), YYYY-MM-DD once (2027-04-02), or a range FROM..TO of either (2026-12-24..2026-12-31); '25/12/2026' is not one
            settings.properties; closed_dates = 2026-02-30; 1; '2026-02-30' is not one
            settings.properties; paper = A3; 1; paper = 'A3': expected a4 or letter
            settings.properties; horizon_weeks = 0; 1; horizon_weeks = '0': expected a whole number of weeks from 1 to 104
            settings.properties; turnover_minutes = 15 min; 1; turnover_minutes = '15 min': expected a whole number of minutes from 0 to 120
            settings.properties; closed_dates = 2026-12-31..2026-12-24; 1; '2026-12-31..2026-12-24' is not one
            settings.properties; closed_dates = 13-01; 1; '13-01' is not one
            settings.properties; contact_line.6 = x; 1; 'contact_line.6' is not a settings parameter
            settings.properties; mail.from = front desk; 1; mail.from = 'front desk': expected the clinic's email address
            settings.properties; mail.from = josé@clinic.example; 1; mail.from = 'josé@clinic.example': expected the clinic's email address
            settings.properties; mail.from = a@b.example, c@d.example; 1; expected the clinic's email address
            settings.properties; intensive.weeks.mild = 3; 1; 'intensive.weeks.mild' is not a settings parameter
            """)
    void aBadLineStopsTheRunNamingFileLineAndParameter(String fileName, String content, int line, String message)
            throws IOException {
        Path file = write(fileName, content.replace('|', '\n'));
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> load(fileName, file));
        String expectedStart = file + " line " + line + ": ";
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere/rulebook.properties");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Rulebook.load(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read the rulebook file"), e.getMessage());
        UnusableInputException s = assertThrows(UnusableInputException.class, () -> Settings.load(missing));
        assertTrue(s.getMessage().startsWith(missing + ": cannot read the settings file"), s.getMessage());
    }

    private static Object load(String fileName, Path file) {
        return fileName.startsWith("rulebook") ? Rulebook.load(file) : Settings.load(file);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Rulebook.class.getResourceAsStream("/clinic/cadence/rules/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
