package clinic.cadence.words;

import clinic.cadence.client.Client;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which language a client's plan is written in: the roster's {@code language} cell as a BCP 47
 * tag ({@code es}, {@code pt-BR}) or a language's name in any of the run's languages
 * ({@code Spanish}, {@code Español}, {@code Deutsch}), else the clinic's default. This is the one
 * place that decides it: the PDF, the workbook and email all ask here.
 */
public final class PlanLanguage {
    /**
     * What a language cell was taken to mean.
     *
     * @param locale     the plan's language: a catalogue's language, with the region the cell gave (pt-BR)
     * @param understood false when the cell named no language the run has a catalogue for: then
     *                   {@code locale} is the clinic's default, and the manager must be told
     */
    public record Choice(Locale locale, boolean understood) {
    }

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    /** A roster repeats a handful of cells a million times; past this many distinct ones, stop memoising. */
    private static final int MEMO_LIMIT = 4096;

    private final Catalogues catalogues;
    private final Locale clinic;
    private final Map<String, Locale> names = new HashMap<>();
    private final Map<String, Choice> memo = new ConcurrentHashMap<>();

    PlanLanguage(Catalogues catalogues, Locale clinic) {
        this.catalogues = catalogues;
        this.clinic = clinic;
        if (catalogues.find(clinic) == null) {
            throw new IllegalArgumentException("no catalogue for the clinic's language " + clinic.toLanguageTag());
        }
        for (String tag : catalogues.tags()) {
            Locale language = Locale.forLanguageTag(tag);
            for (String in : catalogues.tags()) {
                addName(ULocale.forLocale(language).getDisplayName(ULocale.forLanguageTag(in)), language);
                addName(ULocale.forLocale(language).getDisplayLanguage(ULocale.forLanguageTag(in)), language);
            }
            addName(ULocale.forLocale(language).getDisplayName(ULocale.forLocale(language)), language);
        }
        addName("castellano", Locale.forLanguageTag("es"));
        addName("português do brasil", Locale.forLanguageTag("pt-BR"));
        addName("brazilian portuguese", Locale.forLanguageTag("pt-BR"));
        addName("brazilian", Locale.forLanguageTag("pt-BR"));
        addName("português (portugal)", Locale.forLanguageTag("pt-PT"));
        addName("european portuguese", Locale.forLanguageTag("pt-PT"));
    }

    /** The clinic's own language (the settings' {@code language}): the workbook's and the default plan's. */
    public Locale clinicDefault() {
        return clinic;
    }

    /** Words for a plan in {@code language} dated {@code asOf} (the year is left out of that year's dates). */
    public Wording wording(Locale language, LocalDate asOf) {
        return Wording.of(catalogues, language, asOf);
    }

    /** The language of this client's plan. */
    public Locale of(Client client) {
        return choose(client.language()).locale();
    }

    /** What a roster's language cell means; an empty cell is the clinic's default. */
    public Choice choose(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return new Choice(clinic, true);
        }
        Choice known = memo.get(text);
        if (known != null) {
            return known;
        }
        Choice choice = resolve(text);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(text, choice);
        }
        return choice;
    }

    private Choice resolve(String text) {
        Locale named = names.get(key(text));
        Locale locale = named != null ? named : tag(text);
        if (locale == null || catalogues.find(locale) == null) {
            return new Choice(clinic, false);
        }
        // "en" in an en-GB clinic is the clinic's English: its dates, not American ones.
        if (locale.getCountry().isEmpty() && locale.getLanguage().equals(clinic.getLanguage())) {
            return new Choice(clinic, true);
        }
        return new Choice(locale, true);
    }

    private static Locale tag(String text) {
        if (!TAG.matcher(text).matches()) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text.replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? null : locale;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private void addName(String name, Locale locale) {
        if (name != null && !name.isBlank()) {
            names.putIfAbsent(key(name), locale);
        }
    }

    /** Names compare without case, accents or extra spaces: "Espanol" and "español" are one. */
    private static String key(String name) {
        String plain = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.replaceAll("\\s+", " ");
    }
}
