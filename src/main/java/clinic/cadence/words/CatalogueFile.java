package clinic.cadence.words;

import clinic.cadence.UnusableInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message catalogue as a clinic edits it: {@code key = message} lines in UTF-8, {@code #}
 * comments, blank lines, a line ending in {@code \} going on on the next. Read by hand rather than
 * with {@link java.util.Properties}: every problem must name its line, and a repeated or empty
 * message must stop the run rather than be silently overridden.
 */
final class CatalogueFile {
    /** One message and the line it starts on. */
    record Entry(String key, String text, int line) {
    }

    private CatalogueFile() {
    }

    /** @param name the file as the manager knows it, for messages */
    static Map<String, Entry> parse(String name, byte[] bytes) {
        String text = utf8(name, bytes);
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder joined = new StringBuilder(line);
            while (endsInContinuation(joined) && i + 1 < lines.length) {
                joined.setLength(joined.length() - 1);
                joined.append(lines[++i].strip());
            }
            int eq = joined.indexOf("=");
            if (eq <= 0) {
                throw new UnusableInputException(name + " line " + number
                        + ": expected key = message (e.g. page.title = Your care plan)");
            }
            String key = joined.substring(0, eq).strip();
            String message = joined.substring(eq + 1).strip();
            if (message.isEmpty()) {
                throw new UnusableInputException(name + " line " + number + ": message " + key
                        + " has no text (delete the line to keep the built-in message)");
            }
            Entry first = entries.get(key);
            if (first != null) {
                throw new UnusableInputException(name + " line " + number + ": message " + key
                        + " is set twice (first on line " + first.line() + ")");
            }
            entries.put(key, new Entry(key, message, number));
        }
        return entries;
    }

    private static boolean endsInContinuation(CharSequence text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnusableInputException(name + ": not UTF-8 text (save it as UTF-8)");
        }
    }
}
