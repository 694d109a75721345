package clinic.cadence.roster;

import java.text.Normalizer;

/**
 * What a cell's text is once the export's invisible accidents are gone: every kind of Unicode
 * space (no-break, thin, ideographic, zero-width, a stray byte-order mark) trimmed from both ends
 * and made a plain space inside, and the text in NFC, so that {@code N-2003} pasted from a web
 * page with a no-break space, or {@code Zoë} typed on a Mac (e + combining diaeresis), is the same
 * value as the one typed in Excel. Ids are compared after this.
 */
final class CellText {
    private CellText() {
    }

    static String clean(String text) {
        if (isPlainAscii(text)) {
            return text.strip(); // the common case, and fast: no copy when nothing is trimmed
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isSpace(c) ? ' ' : c);
        }
        String spaced = out.toString().strip();
        return Normalizer.isNormalized(spaced, Normalizer.Form.NFC) ? spaced
                : Normalizer.normalize(spaced, Normalizer.Form.NFC);
    }

    /** Unicode's spaces (Zs), line and paragraph separators, controls, and the zero-width ones exports leave. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u2060'
                || c == '\ufeff' || c == '\u180e';
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
