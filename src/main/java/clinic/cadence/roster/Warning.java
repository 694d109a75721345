package clinic.cadence.roster;

/**
 * Something wrong in a planned client's row that does not change the plan, for the manager to fix.
 *
 * @param column the canonical column name, e.g. {@code email}
 * @param value  the value as found
 * @param kind   what is wrong
 */
public record Warning(String column, String value, Kind kind) {

    /** What is wrong, and what it means for the client. */
    public enum Kind {
        /** Not one usable address: the plan is made, but cannot be emailed. */
        UNUSABLE_EMAIL("not one usable email address; the plan is made but cannot be emailed"),
        /** Question marks or replacement characters where letters were: an export lost them. */
        DAMAGED_NAME("letters were lost before Cadence read it (an export saved it in an encoding without them); "
                + "fix the name in the booking system");

        private final String meaning;

        Kind(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** {@code email 'n/a; x@y': not one usable email address; ...}. */
    public String describe() {
        return column + " '" + value + "': " + kind.meaning();
    }
}
