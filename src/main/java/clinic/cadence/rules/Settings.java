package clinic.cadence.rules;

import clinic.cadence.UnusableInputException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clinic's settings beside the rulebook: open days, closed dates, turnover buffer, horizon,
 * paper, clinic name and contact lines.
 */
public final class Settings {
    private final String source;
    private final String sha256;
    private final Set<DayOfWeek> openDays;
    private final ClosedDates closedDates;
    private final int turnoverMinutes;
    private final int horizonWeeks;
    private final Paper paper;
    private final String clinicName;
    private final List<String> contactLines;
    /** The clinic's language: the workbook's and, unless the roster says otherwise, every plan's. */
    private final Locale language;
    /** Open days as a bit mask, bit 0 Monday: what placement tests per day without a Set lookup. */
    private final int openDayMask;
    /** Closed dates as sorted epoch days, for a binary search per week. */
    private final long[] closedEpochDays;
    /** The clinic's sending address for the outbox ("" for none: no outbox). */
    private final String mailFrom;
    /** How cadence send reaches the clinic's mail server. */
    private final SmtpSettings smtp;
    /** An address as a mail program shows it: {@code addr@domain} or {@code Name <addr@domain>}, ASCII before the @. */
    private static final java.util.regex.Pattern MAIL_FROM = java.util.regex.Pattern.compile(
            "(?:[^<>\\p{Cntrl}]*<[\\x21-\\x7E&&[^<>@\\s]]+@[^<>@\\s\\p{Cntrl}]+\\.[^<>@\\s\\p{Cntrl}.]+>"
            + "|[\\x21-\\x7E&&[^<>@\\s]]+@[^<>@\\s\\p{Cntrl}]+\\.[^<>@\\s\\p{Cntrl}.]+)");

    private static final String RESOURCE = "/clinic/cadence/rules/settings.properties";
    private static final int CONTACT_LINES = 5;
    private static final List<String> NAMES = names();

    /** The shipped file, read once: the defaults and every parameter's meaning. */
    private static final class Bundled {
        static final ParameterFile FILE = ParameterFile.bundled(RESOURCE, Set.copyOf(NAMES), "settings");
        static final Settings DEFAULTS = fromFile(FILE, null, "built-in defaults");
    }

    /** Settings with one-off closed dates only. */
    public Settings(String source, String sha256, Set<DayOfWeek> openDays, Set<LocalDate> closedDates,
            int turnoverMinutes, int horizonWeeks, Paper paper, String clinicName, List<String> contactLines) {
        this(source, sha256, openDays, ClosedDates.of(closedDates), turnoverMinutes, horizonWeeks, paper, clinicName,
                contactLines);
    }

    public Settings(String source, String sha256, Set<DayOfWeek> openDays, ClosedDates closedDates,
            int turnoverMinutes, int horizonWeeks, Paper paper, String clinicName, List<String> contactLines) {
        this(source, sha256, openDays, closedDates, turnoverMinutes, horizonWeeks, paper, clinicName, contactLines,
                defaults().language, "", defaults().smtp);
    }

    public Settings(String source, String sha256, Set<DayOfWeek> openDays, Set<LocalDate> closedDates,
            int turnoverMinutes, int horizonWeeks, Paper paper, String clinicName, List<String> contactLines,
            Locale language) {
        this(source, sha256, openDays, ClosedDates.of(closedDates), turnoverMinutes, horizonWeeks, paper, clinicName,
                contactLines, language, "", defaults().smtp);
    }

    private Settings(String source, String sha256, Set<DayOfWeek> openDays, ClosedDates closedDates,
            int turnoverMinutes, int horizonWeeks, Paper paper, String clinicName, List<String> contactLines,
            Locale language, String mailFrom, SmtpSettings smtp) {
        this.language = language;
        this.mailFrom = mailFrom;
        this.smtp = smtp;
        this.source = source;
        this.sha256 = sha256;
        this.openDays = openDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(openDays));
        this.closedDates = closedDates;
        this.turnoverMinutes = turnoverMinutes;
        this.horizonWeeks = horizonWeeks;
        this.paper = paper;
        this.clinicName = clinicName;
        this.contactLines = List.copyOf(contactLines);
        int mask = 0;
        for (DayOfWeek day : this.openDays) {
            mask |= 1 << (day.getValue() - 1);
        }
        this.openDayMask = mask;
        this.closedEpochDays = closedDates.epochDays();
    }

    /** The defaults of rules.md, read from the settings file shipped inside the jar. */
    public static Settings defaults() {
        return Bundled.DEFAULTS;
    }

    /**
     * A clinic's own settings file; parameters it leaves out keep their defaults.
     *
     * @throws clinic.cadence.UnusableInputException naming file, line, parameter and what is allowed
     */
    public static Settings load(Path file) {
        return fromFile(ParameterFile.read(file, Set.copyOf(NAMES), "settings"), defaults(), file.toString());
    }

    /** Writes the default settings file, commented, for a clinic to start from. */
    public static void writeDefaults(Path file) {
        ParameterFile.write(RESOURCE, file, "settings");
    }

    /** Every setting in force, in the order of the shipped file, with what it means. */
    public List<Parameter> parameters() {
        Map<String, String> meanings = Bundled.FILE.meanings();
        List<Parameter> parameters = new ArrayList<>();
        for (String name : meanings.keySet()) {
            parameters.add(new Parameter(name, valueOf(name), meanings.get(name)));
        }
        return List.copyOf(parameters);
    }

    private String valueOf(String name) {
        if (name.startsWith("smtp.")) {
            return smtp.valueOf(name);
        }
        switch (name) {
            case "open_days":
                return openDays.stream().sorted().map(Settings::dayName).collect(Collectors.joining(", "));
            case "closed_dates":
                return closedDates.toString();
            case "turnover_minutes":
                return Integer.toString(turnoverMinutes);
            case "horizon_weeks":
                return Integer.toString(horizonWeeks);
            case "paper":
                return paper.name().toLowerCase(Locale.ROOT);
            case "clinic_name":
                return clinicName;
            case "language":
                return language.toLanguageTag();
            case "mail.from":
                return mailFrom;
            default:
                if (name.startsWith(COLUMN)) {
                    return columnNames.getOrDefault(name.substring(COLUMN.length()), "");
                }
                int index = Integer.parseInt(name.substring("contact_line.".length())) - 1;
                return index < contactLines.size() ? contactLines.get(index) : "";
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("open_days", "closed_dates", "turnover_minutes",
                "horizon_weeks", "paper", "clinic_name"));
        for (int i = 1; i <= CONTACT_LINES; i++) {
            names.add("contact_line." + i);
        }
        names.addAll(SmtpSettings.NAMES);
        rosterColumns().forEach(column -> names.add("column." + column));
        names.add("language");
        names.add("mail.from");
        return List.copyOf(names);
    }

    /** Reads each line over {@code base} (null for the shipped file, which sets every parameter). */
    private static Settings fromFile(ParameterFile file, Settings base, String source) {
        Set<DayOfWeek> open = base == null ? Set.of() : base.openDays;
        ClosedDates closed = base == null ? ClosedDates.NONE : base.closedDates;
        int turnover = base == null ? 0 : base.turnoverMinutes;
        int horizon = base == null ? 0 : base.horizonWeeks;
        Paper paper = base == null ? Paper.A4 : base.paper;
        String name = base == null ? "" : base.clinicName;
        Locale language = base == null ? Locale.ENGLISH : base.language;
        String mailFrom = base == null ? "" : base.mailFrom;
        String[] contacts = new String[CONTACT_LINES];
        for (int i = 0; i < CONTACT_LINES; i++) {
            contacts[i] = base == null || i >= base.contactLines.size() ? "" : base.contactLines.get(i);
        }
        for (ParameterFile.Line line : file.lines()) {
            if (line.name().startsWith("smtp.")) {
                continue; // read below, by SmtpSettings
            }
            switch (line.name()) {
                case "open_days":
                    open = openDays(file, line);
                    break;
                case "closed_dates":
                    closed = closedDates(file, line);
                    break;
                case "turnover_minutes":
                    turnover = file.wholeNumber(line, 0, 120, "minutes");
                    break;
                case "horizon_weeks":
                    horizon = file.wholeNumber(line, 1, 104, "weeks");
                    break;
                case "paper":
                    paper = paper(file, line);
                    break;
                case "clinic_name":
                    name = line.value();
                    break;
                case "language":
                    language = language(file, line);
                    break;
                case "mail.from":
                    if (!line.value().isEmpty() && !MAIL_FROM.matcher(line.value()).matches()) {
                        throw file.invalid(line, "the clinic's email address, e.g. front.desk@clinic.example or "
                                + "Harbour Clinic <front.desk@clinic.example> (plain letters before the @), or empty for no outbox");
                    }
                    mailFrom = line.value();
                    break;
                default:
                    if (line.name().startsWith(COLUMN)) {
                        break; // read below, all together
                    }
                    contacts[Integer.parseInt(line.name().substring("contact_line.".length())) - 1] = line.value();
            }
        }
        // Empty contact lines are left out of the PDF, so the list holds only the lines to print.
        List<String> contactLines = new ArrayList<>();
        for (String contact : contacts) {
            if (!contact.isEmpty()) {
                contactLines.add(contact);
            }
        }
        SmtpSettings smtp = SmtpSettings.read(file, base == null ? null : base.smtp);
        Settings settings = new Settings(source, file.sha256(), open, closed, turnover, horizon, paper, name,
                contactLines, language, mailFrom, smtp);
        settings.columnNames = columnNames(file, base);
        return settings;
    }

    /** A BCP 47 tag (en, en-GB, pt-BR); whether plans can be written in it is the catalogues' to say. */
    private static Locale language(ParameterFile file, ParameterFile.Line line) {
        String allowed = "a language tag such as en, en-GB, es, fr, de, pt or pt-BR";
        try {
            Locale locale = new Locale.Builder().setLanguageTag(line.value().replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw file.invalid(line, allowed);
            }
            return locale;
        } catch (java.util.IllformedLocaleException e) {
            throw file.invalid(line, allowed);
        }
    }

    private static final String DAYS_ALLOWED = "day names or ranges such as Mon-Sat or Mon, Wed, Fri (at least one)";

    private static Set<DayOfWeek> openDays(ParameterFile file, ParameterFile.Line line) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        // "Mon - Sat" is a range too: close up the spaces around dashes before splitting on spaces.
        for (String part : line.value().replaceAll("\\s*-\\s*", "-").split("[,;/\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("-", -1);
            DayOfWeek first = ends.length <= 2 ? day(ends[0]) : null;
            DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
            if (first == null || last == null) {
                throw file.invalid(line, DAYS_ALLOWED);
            }
            // A range may run over the weekend (Fri-Mon), as clinics write it.
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        if (days.isEmpty()) {
            throw file.invalid(line, DAYS_ALLOWED);
        }
        return days;
    }

    /** Mon or Monday, any case. */
    static DayOfWeek day(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && full.startsWith(lower)) {
                return day;
            }
        }
        return null;
    }

    private static String dayName(DayOfWeek day) {
        String full = day.name();
        return full.charAt(0) + full.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private static ClosedDates closedDates(ParameterFile file, ParameterFile.Line line) {
        try {
            return ClosedDates.parse(line.value());
        } catch (IllegalArgumentException e) {
            throw file.invalid(line, "dates separated by commas: MM-DD every year (12-25), YYYY-MM-DD once "
                    + "(2027-04-02), or a range FROM..TO of either (2026-12-24..2026-12-31); '" + e.getMessage()
                    + "' is not one");
        }
    }

    private static Paper paper(ParameterFile file, ParameterFile.Line line) {
        switch (line.value().toLowerCase(Locale.ROOT)) {
            case "a4":
                return Paper.A4;
            case "letter":
                return Paper.LETTER;
            default:
                throw file.invalid(line, "a4 or letter");
        }
    }

    public Settings withHorizonWeeks(int weeks) {
        return new Settings(source, sha256, openDays, closedDates, turnoverMinutes, weeks, paper, clinicName,
                contactLines, language, mailFrom, smtp).carrying(this);
    }

    public Settings withPaper(Paper newPaper) {
        return new Settings(source, sha256, openDays, closedDates, turnoverMinutes, horizonWeeks, newPaper,
                clinicName, contactLines, language, mailFrom, smtp).carrying(this);
    }

    public Settings withLanguage(Locale newLanguage) {
        return new Settings(source, sha256, openDays, closedDates, turnoverMinutes, horizonWeeks, paper,
                clinicName, contactLines, newLanguage, mailFrom, smtp).carrying(this);
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

    public ClosedDates closedDates() {
        return closedDates;
    }

    /** True when the settings give the clinic's name, printed at the top of every plan. */
    public boolean hasClinicName() {
        return !clinicName.isBlank();
    }

    /**
     * Every setting in force, with, right after {@code closed_dates}, the closed days that fall in
     * the window of a run as of {@code asOf}: what the clinic wrote, and what it meant this week.
     */
    public List<Parameter> parameters(LocalDate asOf) {
        LocalDate first = asOf.minusDays(asOf.getDayOfWeek().getValue() - 1L);
        LocalDate last = first.plusWeeks(horizonWeeks).minusDays(1);
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : parameters()) {
            parameters.add(parameter);
            if (parameter.name().equals("closed_dates")) {
                String days = closedDates.between(first, last).stream().map(LocalDate::toString)
                        .collect(Collectors.joining(", "));
                parameters.add(new Parameter("closed_dates in this window", days.isEmpty() ? "none" : days,
                        "The days the clinic is closed from " + first + " to " + last
                                + ", the weeks this run plans: no session is placed on them."));
            }
        }
        return List.copyOf(parameters);
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

    /** The clinic's language (setting {@code language}), e.g. en-GB. */
    public Locale language() {
        return language;
    }

    /** The clinic's address the outbox's emails come from; "" when the settings give none (no outbox). */
    public String mailFrom() {
        return mailFrom;
    }

    /** The {@code smtp.*} settings: how cadence send reaches the clinic's mail server. */
    public SmtpSettings smtp() {
        return smtp;
    }

    int openDayMask() {
        return openDayMask;
    }

    // --- Roster columns named by the clinic (issue 11) ---

    /**
     * The roster's columns, as {@code column.<name>} settings name them (the roster's canonical
     * names). A method, not a field: {@link #NAMES} above is made from it while the class loads.
     */
    static List<String> rosterColumns() {
        return List.of("client_id", "first_name", "last_name", "name", "condition",
            "pain_level", "intake_pain", "episode_start", "last_visit", "massage_type", "activity", "stress_level",
            "relief_days", "max_sessions_per_month", "available_days", "session_minutes", "location", "therapist",
            "email", "status", "language", "email_opt_out");
    }

    private static final String COLUMN = "column.";

    /** Set once after construction and carried by the with-methods, so the constructor stays as it was. */
    private Map<String, String> columnNames = Map.of();

    /**
     * The roster headers the clinic named for columns: canonical column name (e.g. {@code status}) to
     * the header its roster uses (e.g. {@code Estado}); only the columns it named.
     */
    public Map<String, String> columnNames() {
        return columnNames;
    }

    private Settings carrying(Settings from) {
        this.columnNames = from.columnNames;
        return this;
    }

    private static Map<String, String> columnNames(ParameterFile file, Settings base) {
        Map<String, String> names = new java.util.TreeMap<>(base == null ? Map.of() : base.columnNames);
        Map<String, String> byHeader = new java.util.HashMap<>();
        names.forEach((column, header) -> byHeader.put(headerKey(header), column));
        for (ParameterFile.Line line : file.lines()) {
            if (!line.name().startsWith(COLUMN)) {
                continue;
            }
            String column = line.name().substring(COLUMN.length());
            names.remove(column);
            byHeader.values().remove(column);
            if (line.value().isEmpty()) {
                continue;
            }
            String other = byHeader.put(headerKey(line.value()), column);
            if (other != null) {
                throw file.invalid(line, "a header no other column uses (column." + other + " names it too)");
            }
            names.put(column, line.value());
        }
        return Map.copyOf(names);
    }

    /** Headers compared as the roster compares them, near enough to catch one header named twice. */
    private static String headerKey(String header) {
        return header.replaceAll("[\\s_.\\-]+", "").toLowerCase(Locale.ROOT);
    }

    /** Sorted; not copied, because placement reads it for every client. */
    long[] closedEpochDays() {
        return closedEpochDays;
    }
}
