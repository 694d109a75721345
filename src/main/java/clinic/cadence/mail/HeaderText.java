package clinic.cadence.mail;

/**
 * Roster text made fit for one header line: CR, LF and every other control or line-separating
 * character becomes a space, so no value can end a header and start another ({@code Bcc:}).
 */
final class HeaderText {
    private HeaderText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(isBreaking(c) ? ' ' : c));
        return clean.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean isBreaking(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT
                && c != '\u200d';
    }
}
