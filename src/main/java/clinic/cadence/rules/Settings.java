package clinic.cadence.rules;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The clinic's settings beside the rulebook: open days, closed dates, turnover buffer, horizon,
 * paper, clinic name and contact lines.
 */
public final class Settings {
    private final String source;
    private final String sha256;
    private final Set<DayOfWeek> openDays;
    private final Set<LocalDate> closedDates;
    private final int turnoverMinutes;
    private final int horizonWeeks;
    private final Paper paper;
    private final String clinicName;
    private final List<String> contactLines;

    public Settings(String source, String sha256, Set<DayOfWeek> openDays, Set<LocalDate> closedDates,
            int turnoverMinutes, int horizonWeeks, Paper paper, String clinicName, List<String> contactLines) {
        this.source = source;
        this.sha256 = sha256;
        this.openDays = openDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(openDays));
        this.closedDates = Set.copyOf(closedDates);
        this.turnoverMinutes = turnoverMinutes;
        this.horizonWeeks = horizonWeeks;
        this.paper = paper;
        this.clinicName = clinicName;
        this.contactLines = List.copyOf(contactLines);
    }

    /** The defaults of rules.md, shipped inside the jar. */
    public static Settings defaults() {
        // Placeholder until the settings file lands (issue 3): the same values, not yet read from a file.
        return new Settings("built-in defaults", "", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                Set.of(), 15, 12, Paper.A4, "Cadence Massage Clinic",
                List.of("12 Harbour Street", "Phone 01234 567 890", "hello@cadence-clinic.example"));
    }

    /** @throws clinic.cadence.UnusableInputException naming file, line, parameter and what is allowed */
    public static Settings load(Path file) {
        throw new UnsupportedOperationException("settings: issue 3");
    }

    public static void writeDefaults(Path file) {
        throw new UnsupportedOperationException("settings: issue 3");
    }

    public List<Parameter> parameters() {
        throw new UnsupportedOperationException("settings: issue 3");
    }

    public Settings withHorizonWeeks(int weeks) {
        return new Settings(source, sha256, openDays, closedDates, turnoverMinutes, weeks, paper, clinicName,
                contactLines);
    }

    public Settings withPaper(Paper newPaper) {
        return new Settings(source, sha256, openDays, closedDates, turnoverMinutes, horizonWeeks, newPaper,
                clinicName, contactLines);
    }

    /** Where the settings came from: the file's path, or "built-in defaults". */
    public String source() {
        return source;
    }

    /** SHA-256 (hex) of the settings file's bytes. */
    public String sha256() {
        return sha256;
    }

    public Set<DayOfWeek> openDays() {
        return openDays;
    }

    public Set<LocalDate> closedDates() {
        return closedDates;
    }

    /** Minutes between two sessions for the room and therapist to turn over (capacity only). */
    public int turnoverMinutes() {
        return turnoverMinutes;
    }

    public int horizonWeeks() {
        return horizonWeeks;
    }

    public Paper paper() {
        return paper;
    }

    public String clinicName() {
        return clinicName;
    }

    public List<String> contactLines() {
        return contactLines;
    }
}
