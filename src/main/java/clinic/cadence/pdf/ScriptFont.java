package clinic.cadence.pdf;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * The font families a plan is set in, one per writing system. The first two are drawn as they
 * always were (character by character, no shaping): Liberation Sans for Latin (Vietnamese too),
 * Greek (polytonic too) and Cyrillic, WenQuanYi Zen Hei for Chinese, Japanese and Korean. The Noto
 * families are shaped (HarfBuzz through OpenPDF's LayoutProcessor): Arabic joins, Devanagari
 * forms its conjuncts, Hebrew and Arabic run right to left. Each Noto family is read only when a
 * plan first needs it, and a PDF embeds only the fonts its text uses.
 */
enum ScriptFont {
    LATIN("Liberation Sans", null, EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC)),
    CJK("WenQuanYi Zen Hei", null, EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
            UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO)),
    ARABIC("Noto Sans Arabic", "arabic/NotoSansArabic", EnumSet.of(UnicodeScript.ARABIC)),
    HEBREW("Noto Sans Hebrew", "hebrew/NotoSansHebrew", EnumSet.of(UnicodeScript.HEBREW)),
    DEVANAGARI("Noto Sans Devanagari", "devanagari/NotoSansDevanagari", EnumSet.of(UnicodeScript.DEVANAGARI)),
    BENGALI("Noto Sans Bengali", "bengali/NotoSansBengali", EnumSet.of(UnicodeScript.BENGALI)),
    GURMUKHI("Noto Sans Gurmukhi", "gurmukhi/NotoSansGurmukhi", EnumSet.of(UnicodeScript.GURMUKHI)),
    TAMIL("Noto Sans Tamil", "tamil/NotoSansTamil", EnumSet.of(UnicodeScript.TAMIL)),
    THAI("Noto Sans Thai", "thai/NotoSansThai", EnumSet.of(UnicodeScript.THAI)),
    GEORGIAN("Noto Sans Georgian", "georgian/NotoSansGeorgian", EnumSet.of(UnicodeScript.GEORGIAN)),
    ARMENIAN("Noto Sans Armenian", "armenian/NotoSansArmenian", EnumSet.of(UnicodeScript.ARMENIAN)),
    ETHIOPIC("Noto Sans Ethiopic", "ethiopic/NotoSansEthiopic", EnumSet.of(UnicodeScript.ETHIOPIC)),
    EMOJI("Noto Emoji", "emoji/NotoEmoji", EnumSet.noneOf(UnicodeScript.class)),
    /** Latin, Greek and Cyrillic letters that Liberation Sans lacks (rarer accents, extensions). */
    NOTO_LATIN("Noto Sans", "latin/NotoSans", EnumSet.noneOf(UnicodeScript.class));

    /** Where the build unpacks the Noto fonts (pom.xml, download-maven-plugin), on the class path. */
    static final String NOTO_FOLDER = "fonts/noto/";

    private final String family;
    private final String resourceStem;
    private final Set<UnicodeScript> scripts;

    ScriptFont(String family, String resourceStem, Set<UnicodeScript> scripts) {
        this.family = family;
        this.resourceStem = resourceStem;
        this.scripts = scripts;
    }

    /** The CSS font-family name the plan's markup uses for it. */
    String family() {
        return family;
    }

    /** Whether its text goes through HarfBuzz (the Noto families) or is drawn as it always was. */
    boolean shaped() {
        return resourceStem != null;
    }

    /** The class-path resource of its regular (bold: {@code true}) face; Noto families only. */
    String resource(boolean bold) {
        return NOTO_FOLDER + resourceStem + (bold ? "_700Bold.ttf" : "_400Regular.ttf");
    }

    /** The family made for this script, or null where the script has none of its own. */
    static ScriptFont forScript(UnicodeScript script) {
        for (ScriptFont font : values()) {
            if (font.scripts.contains(script)) {
                return font;
            }
        }
        return null;
    }
}
