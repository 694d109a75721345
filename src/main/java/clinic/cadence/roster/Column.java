package clinic.cadence.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A roster column by its canonical name, with what real exports call it (docs/roster.md). */
enum Column {
    CLIENT_ID("id", "client id", "client no", "client number", "patient id"),
    FIRST_NAME("first", "given name", "forename"),
    LAST_NAME("last", "surname", "family name"),
    NAME("full name", "client name"),
    CONDITION(),
    PAIN_LEVEL("pain", "pain score", "nrs"),
    INTAKE_PAIN("initial pain"),
    EPISODE_START("start date", "injury date", "onset"),
    LAST_VISIT("last session", "last appointment"),
    MASSAGE_TYPE("modality", "technique"),
    ACTIVITY("lifestyle", "occupation demand", "job type"),
    STRESS_LEVEL("stress"),
    RELIEF_DAYS("benefit days", "relief lasts"),
    MAX_SESSIONS_PER_MONTH("budget sessions", "monthly cap"),
    AVAILABLE_DAYS("availability", "days"),
    SESSION_MINUTES("duration", "length"),
    LOCATION("site", "clinic", "branch"),
    THERAPIST("practitioner", "provider"),
    EMAIL("email address"),
    STATUS("state"),
    LANGUAGE("plan language", "preferred language"),
    EMAIL_OPT_OUT("email opt out", "no email", "opt out");

    private static final Map<String, Column> BY_KEY = new HashMap<>();
    private static final Map<String, Column> BY_CANONICAL = new HashMap<>();

    static {
        for (Column column : values()) {
            BY_KEY.put(Keys.of(column.canonical()), column);
            BY_CANONICAL.put(column.canonical(), column);
            for (String alias : column.aliases) {
                BY_KEY.put(Keys.of(alias), column);
            }
        }
    }

    private final List<String> aliases;

    Column(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The name used in messages and in rejected.csv, e.g. {@code pain_level}. */
    String canonical() {
        return name().toLowerCase(Locale.ROOT);
    }

    List<String> aliases() {
        return aliases;
    }

    /** The column whose canonical name or alias the header is (no matching by words), or null. */
    static Column byName(String header) {
        return BY_KEY.get(Keys.of(header));
    }

    /** The column a header means, by name or by its words, without a clinic's own names; or null. */
    static Column byHeader(String header) {
        return ColumnNames.DEFAULT.column(header);
    }

    /** {@code status} is STATUS; null for a name that is no column. */
    static Column byCanonical(String name) {
        return BY_CANONICAL.get(name);
    }
}
