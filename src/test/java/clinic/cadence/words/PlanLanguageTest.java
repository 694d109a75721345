package clinic.cadence.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster's language cell, as a clinic writes it, to the plan's language. */
class PlanLanguageTest {
    private static final PlanLanguage EN_GB = Catalogues.builtIn().planLanguage(Locale.forLanguageTag("en-GB"));

    @ParameterizedTest(name = "''{0}'' -> {1} (understood {2})")
    @CsvSource(delimiter = '|', textBlock = """
            ''                      | en-GB | true
            '   '                   | en-GB | true
            es                      | es    | true
            ES                      | es    | true
            es-MX                   | es-MX | true
            es_MX                   | es-MX | true
            Spanish                 | es    | true
            spanish                 | es    | true
            Español                 | es    | true
            espanol                 | es    | true
            Castellano              | es    | true
            Espagnol                | es    | true
            Spanisch                | es    | true
            fr                      | fr    | true
            French                  | fr    | true
            Français                | fr    | true
            Francés                 | fr    | true
            de                      | de    | true
            Deutsch                 | de    | true
            German                  | de    | true
            Alemán                  | de    | true
            pt                      | pt    | true
            pt-BR                   | pt-BR | true
            pt-PT                   | pt-PT | true
            Português               | pt    | true
            Portuguese              | pt    | true
            Português do Brasil     | pt-BR | true
            en                      | en-GB | true
            English                 | en-GB | true
            Inglés                  | en-GB | true
            en-US                   | en-US | true
            Klingon                 | en-GB | false
            it                      | en-GB | false
            Italiano                | en-GB | false
            ar                      | en-GB | false
            Arabic                  | en-GB | false
            x                       | en-GB | false
            12                      | en-GB | false
            """)
    void aCellNamesItsLanguageOrFallsBackToTheClinicsOutLoud(String cell, String tag, boolean understood) {
        PlanLanguage.Choice choice = EN_GB.choose(cell);
        assertEquals(tag, choice.locale().toLanguageTag());
        assertEquals(understood, choice.understood());
    }

    @ParameterizedTest(name = "a {0} clinic: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es    | ''        | es
            es    | Spanish   | es
            es    | English   | en
            pt-PT | pt        | pt-PT
            pt-PT | Português | pt-PT
            pt-PT | pt-BR     | pt-BR
            de    | Klingon   | de
            """)
    void theClinicsOwnLanguageKeepsItsRegion(String clinic, String cell, String tag) {
        assertEquals(tag, Catalogues.builtIn().planLanguage(Locale.forLanguageTag(clinic)).choose(cell).locale()
                .toLanguageTag());
    }
}
