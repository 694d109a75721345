package clinic.cadence.roster;

import java.util.Locale;

/** How headers and enumerated values are compared: ignoring case, spaces, {@code _ - .}. */
final class Keys {
    private Keys() {
    }

    /** "Client_ID", "client id" and "CLIENT-ID" all give "clientid". */
    static String of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // BOMs and non-breaking spaces come with real exports; they are never part of a name.
            if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\u00a0' || c == '\ufeff'
                    || Character.isWhitespace(c)) {
                continue;
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
