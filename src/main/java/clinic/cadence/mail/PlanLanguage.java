package clinic.cadence.mail;

import java.util.List;
import java.util.Locale;

/**
 * The language an email is written in: the client's plan language (resolved as for the plan, by
 * the catalogues) where the outbox has templates for it, else English.
 */
final class PlanLanguage {
    /** The languages templates/ has email wording in. */
    static final List<String> SUPPORTED = List.of("en", "es", "fr", "de", "pt");

    private PlanLanguage() {
    }

    static boolean isSupported(String tag) {
        return SUPPORTED.contains(Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage());
    }

    /** {@code es}, {@code pt-BR}, {@code FR} give their language; anything else (or "") gives English. */
    static Locale of(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }
}
