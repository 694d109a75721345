package clinic.cadence.roster;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** A column of the capacity input (roster.md, Capacity). */
enum CapacityColumn {
    THERAPIST("practitioner", "provider"),
    LOCATION("site", "clinic", "branch"),
    HOURS_PER_WEEK("hours", "weekly hours", "hours a week", "hours week"),
    MON("monday"),
    TUE("tuesday", "tues"),
    WED("wednesday"),
    THU("thursday", "thur", "thurs"),
    FRI("friday"),
    SAT("saturday"),
    SUN("sunday");

    private static final Map<String, CapacityColumn> BY_KEY = new HashMap<>();

    static {
        for (CapacityColumn column : values()) {
            BY_KEY.put(Keys.of(column.name()), column);
            for (String alias : column.aliases) {
                BY_KEY.put(Keys.of(alias), column);
            }
        }
    }

    private final String[] aliases;

    CapacityColumn(String... aliases) {
        this.aliases = aliases;
    }

    static CapacityColumn byHeader(String header) {
        return BY_KEY.get(Keys.of(header));
    }

    static CapacityColumn of(DayOfWeek day) {
        return values()[MON.ordinal() + day.ordinal()];
    }
}
