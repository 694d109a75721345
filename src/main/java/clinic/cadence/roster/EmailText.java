package clinic.cadence.roster;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An email cell as people fill it in, made into one usable address or none. {@code Name <a@b.org>},
 * {@code mailto:a@b.org} and {@code "a@b.org"} give {@code a@b.org}; {@code n/a}, {@code -},
 * {@code none} say there is none; two addresses, or anything that is not an address, give none
 * and are unusable (the manager hears of it; the client is planned all the same).
 */
final class EmailText {
    /** One @, no spaces, a dot in the domain; any script (international domains are fine). */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s@<>(),;:\"\\[\\]]+@[^\\s@<>(),;:\"\\[\\].]+(?:\\.[^\\s@<>(),;:\"\\[\\].]+)+");
    private static final Pattern ANGLE = Pattern.compile("[^<>]*<([^<>]*)>\\s*");
    private static final Pattern MAILTO = Pattern.compile("(?i)mailto:\\s*([^?]*)(?:\\?.*)?");
    private static final Set<String> NONE = Set.of("", "na", "n/a", "none", "no", "nil", "null", "unknown", "-", "--",
            "---", "?", "x", "noemail", "no email", "not given", "declined", "tbc", "tba");

    private EmailText() {
    }

    /** @param address the one address, or "" ; @param unusable whether something was there but no one address */
    record Result(String address, boolean unusable) {
    }

    static Result read(String text) {
        String value = CellText.clean(text);
        if (NONE.contains(value.toLowerCase(Locale.ROOT))) {
            return new Result("", false);
        }
        Matcher angle = ANGLE.matcher(value);
        if (angle.matches()) {
            value = angle.group(1).strip();
        }
        Matcher mailto = MAILTO.matcher(value);
        if (mailto.matches()) {
            value = mailto.group(1).strip();
        }
        value = stripAround(value);
        return ADDRESS.matcher(value).matches() ? new Result(value, false) : new Result("", true);
    }

    /** Quotes around it and a full stop or comma after it are not part of an address. */
    private static String stripAround(String value) {
        String v = value;
        while (v.length() > 1 && (v.startsWith("\"") || v.startsWith("'")) && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        while (!v.isEmpty() && ".,;:".indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }
}
