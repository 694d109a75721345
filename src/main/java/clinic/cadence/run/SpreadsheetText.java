package clinic.cadence.run;

import java.util.regex.Pattern;

/**
 * Makes a CSV text field safe to open in a spreadsheet: a field that a spreadsheet would run as a
 * formula (it starts with {@code = + - @}, tab or carriage return and is not a plain number) gets
 * a leading {@code '} (outputs.md). Plain numbers such as {@code -3} stay as they are.
 */
final class SpreadsheetText {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty() || !startsLikeFormula(text.charAt(0))) {
            return text == null ? "" : text;
        }
        return PLAIN_NUMBER.matcher(text).matches() ? text : "'" + text;
    }

    private static boolean startsLikeFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
