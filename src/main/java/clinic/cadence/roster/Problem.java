package clinic.cadence.roster;

/**
 * One thing wrong with a roster row, in words the manager can act on.
 *
 * @param column   the canonical column name, e.g. {@code pain_level}
 * @param value    the value as found ("" when empty)
 * @param expected what was expected, e.g. "a whole number from 0 to 10"
 */
public record Problem(String column, String value, String expected) {
}
