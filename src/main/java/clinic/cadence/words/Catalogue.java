package clinic.cadence.words;

import clinic.cadence.UnusableInputException;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language's messages, each an ICU MessageFormat pattern with named arguments (plurals,
 * selects, dates per locale). Safe for several threads: ICU's formats are not, so each thread
 * keeps its own compiled copies.
 */
public final class Catalogue {
    /** A message and where it was written, so a problem found later can still name file and line. */
    record Message(String key, String pattern, String file, int line) {
        String where() {
            return file + " line " + line;
        }
    }

    private final Locale locale;
    private final ULocale uLocale;
    private final Map<String, Message> messages;
    private final ThreadLocal<Map<String, MessageFormat>> compiled = ThreadLocal.withInitial(HashMap::new);

    Catalogue(Locale locale, Map<String, Message> messages) {
        this.locale = locale;
        this.uLocale = ULocale.forLocale(locale);
        this.messages = Map.copyOf(messages);
    }

    /** The catalogue's language, e.g. {@code es}. */
    public Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return messages.containsKey(key);
    }

    Set<String> keys() {
        return messages.keySet();
    }

    Message message(String key) {
        return messages.get(key);
    }

    /**
     * The message {@code key} with its arguments, in {@code formatting}'s conventions (dates,
     * numbers: a pt-BR plan uses the Portuguese catalogue with Brazilian formats).
     */
    String format(String key, Map<String, Object> args, Locale formatting) {
        Message message = messages.get(key);
        if (message == null) {
            throw new IllegalStateException("no message " + key + " in the " + locale.toLanguageTag() + " catalogue");
        }
        try {
            MessageFormat format = compiled.get().computeIfAbsent(formatting.toLanguageTag() + '\u0000' + key,
                    k -> new MessageFormat(message.pattern(), ULocale.forLocale(formatting)));
            return format.format(args);
        } catch (IllegalArgumentException e) {
            // A clinic's message that parsed but asks a value for what it is not (a plural of a text).
            throw new UnusableInputException(message.where() + ": message " + key
                    + " cannot be filled in (" + Problems.plain(e) + ")", e);
        }
    }

    /**
     * A pattern's syntax, without making its number and date formats (those cost a tenth of a
     * second per language to set up): for checking at load; {@link Specimens} then formats each.
     */
    static MessagePattern parse(String pattern) {
        return new MessagePattern(pattern);
    }

    ULocale uLocale() {
        return uLocale;
    }
}
