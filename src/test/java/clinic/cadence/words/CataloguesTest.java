package clinic.cadence.words;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.plan.Count;
import clinic.cadence.plan.Finding;
import clinic.cadence.plan.Weekdays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped catalogues, a clinic's own over them, and a broken one stopping the run with file, key and line. */
class CataloguesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void everyShippedLanguageHasEveryMessageAndWordsEveryKindOfFinding() {
        Catalogues built = Catalogues.builtIn();
        assertEquals(Set.copyOf(Catalogues.SHIPPED), built.tags());
        Set<String> english = built.get(Locale.ENGLISH).keys();
        for (String tag : Catalogues.SHIPPED) {
            assertEquals(english, built.get(Locale.forLanguageTag(tag)).keys(), tag);
        }
        Set<Class<?>> kinds = Specimens.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Arrays.asList(Finding.class.getPermittedSubclasses())), kinds,
                "a specimen of every finding, so every catalogue is checked against each at load");
        // What a run checks only for a clinic's own files, the shipped ones pass here: every specimen,
        // count, date and word in every language.
        Specimens.check(built, built.tags());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-GB | 2026-12-14 | 14 December              | Monday 14 December
            en-US | 2026-12-14 | December 14              | Monday, December 14
            es    | 2026-12-14 | 14 de diciembre          | lunes, 14 de diciembre
            fr    | 2026-12-14 | 14 décembre              | lundi 14 décembre
            de    | 2026-12-14 | 14. Dezember             | Montag, 14. Dezember
            pt    | 2026-12-14 | 14 de dezembro           | segunda-feira, 14 de dezembro
            de    | 2027-01-04 | 4. Januar 2027           | Montag, 4. Januar 2027
            """)
    void datesAndWeekdaysAreThoseOfThePlansLanguage(String tag, String date, String day, String weekday) {
        Wording words = Wording.of(Catalogues.builtIn(), Locale.forLanguageTag(tag), AS_OF);
        assertEquals(day, words.date(LocalDate.parse(date)));
        assertEquals(weekday, words.weekdayDate(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Sessions are only on days you can come and the clinic is open (Monday to Friday and Sunday, except holidays), spread as evenly as those days allow. 1 session could not fit in these weeks.
            es | Las sesiones son solo en días en que puedes venir y la clínica está abierta (de lunes a viernes y domingo, salvo festivos), repartidas de la forma más regular que permiten esos días. 1 sesión no cabe en estas semanas.
            fr | Les séances ont lieu uniquement les jours où vous pouvez venir et où le cabinet est ouvert (du lundi au vendredi et dimanche, sauf jours fériés), réparties aussi régulièrement que ces jours le permettent. 1 séance n’a pas pu trouver sa place sur ces semaines.
            de | Sitzungen gibt es nur an Tagen, an denen Sie kommen können und die Praxis geöffnet ist (Montag bis Freitag und Sonntag, außer an Feiertagen), so gleichmäßig verteilt, wie diese Tage es erlauben. 1 Sitzung passt in diesen Wochen nicht hinein.
            pt | As sessões são só em dias em que você pode vir e a clínica está aberta (de segunda-feira a sexta-feira e domingo, exceto feriados), distribuídas da forma mais regular que esses dias permitem. 1 sessão não coube nestas semanas.
            """)
    void aFindingIsOneNaturalSentenceInEachLanguage(String tag, String expected) {
        Finding r9 = new Finding.Availability(true, new Weekdays(0b1011111), true, Count.sessions(1));
        assertEquals(expected, Wording.of(Catalogues.builtIn(), Locale.forLanguageTag(tag), AS_OF).say(r9));
    }

    @Test
    void countsAreSaidOneWayWithTheirPlurals() {
        Wording en = Wording.of(Catalogues.builtIn(), Locale.ENGLISH, AS_OF);
        Wording de = Wording.of(Catalogues.builtIn(), Locale.GERMAN, AS_OF);
        assertAll(
                () -> assertEquals("1 week", en.count(Count.weeks(1))),
                () -> assertEquals("2 weeks", en.count(Count.weeks(2))),
                () -> assertEquals("every week", en.count(Count.every(1))),
                () -> assertEquals("every 3 weeks", en.count(Count.every(3))),
                () -> assertEquals("1 session a week", en.count(Count.perWeek(1))),
                () -> assertEquals("1 Sitzung pro Woche", de.count(Count.perWeek(1))),
                () -> assertEquals("alle 3 Wochen", de.count(Count.every(3))),
                () -> assertEquals("2 Tage", de.count(Count.days(2))));
    }

    // ---- a clinic's own catalogue

    @Test
    void aClinicsMessageReplacesTheShippedOneAndTheRestStay(@TempDir Path templates) throws IOException {
        write(templates, "messages_es.properties", "# nuestra clínica\n"
                + "reason.R7.shortest = En nuestra clínica siempre usamos el intervalo más corto.\n");
        Catalogues own = Catalogues.load(templates);
        Wording es = Wording.of(own, Locale.forLanguageTag("es"), AS_OF);
        assertEquals("En nuestra clínica siempre usamos el intervalo más corto.", es.say(new Finding.ShortestInterval()));
        assertEquals("Se aplica el intervalo más corto.",
                Wording.of(Catalogues.builtIn(), Locale.forLanguageTag("es"), AS_OF).say(new Finding.ShortestInterval()));
        assertEquals("cada 3 semanas", es.count(Count.every(3)), "messages it leaves out stay the shipped ones");
    }

    @Test
    void aClinicCanAddALanguageWithACompleteCatalogue(@TempDir Path templates) throws IOException {
        String english = new String(Catalogues.resource("en"), StandardCharsets.UTF_8);
        write(templates, "messages_it.properties", english.replace("page.title = Your care plan",
                "page.title = Il tuo piano di cura"));
        Catalogues own = Catalogues.load(templates);
        assertTrue(own.tags().contains("it"));
        assertEquals(Locale.ITALIAN, own.planLanguage(Locale.UK).choose("Italiano").locale());
        assertEquals("Il tuo piano di cura", Wording.of(own, Locale.ITALIAN, AS_OF).text("page.title"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unmatched brace      | messages_fr.properties | page.title = Votre plan\\nreason.R3 = Comme {intakeBandWord au début. | line 2: message reason.R3 is not a valid message
            unknown value        | messages_de.properties | \\n\\nreason.R3 = Ihr Schmerz war {pain}.                     | line 3: message reason.R3 uses {pain}, which it does not have
            misspelt key         | messages_en.properties | page.titel = My plan                                      | line 1: there is no message called page.titel
            empty message        | messages_en.properties | page.title =                                              | line 1: message page.title has no text
            set twice            | messages_en.properties | page.title = A\\npage.title = B                            | line 2: message page.title is set twice (first on line 1)
            no equals sign       | messages_en.properties | page.title Your plan                                      | line 1: expected key = message
            numbered value       | messages_en.properties | unit.weeks = {0} weeks                                    | line 1: message unit.weeks: use values by name
            plural of a text     | messages_en.properties | reason.R3 = It lasts {weeks, plural, one {a week} other {# weeks}}. | line 1: message reason.R3 cannot be filled in
            new language missing | messages_it.properties | page.title = Il tuo piano                                 | messages_it.properties: message band.mild is missing
            bad file name        | messages-es.properties | page.title = x                                            | a catalogue is named messages_<language>.properties
            right to left        | messages_ar.properties | page.title = خطة العلاج                                   | plans cannot be written in a right-to-left language yet
            """)
    void aBrokenCatalogueStopsTheRunNamingFileKeyAndLine(String problem, String file, String content, String expected,
            @TempDir Path templates) throws IOException {
        write(templates, file, content.replace("\\n", "\n"));
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Catalogues.load(templates));
        assertTrue(e.getMessage().contains(templates.resolve("messages").resolve(file).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void notUtf8IsSaid(@TempDir Path templates) throws IOException {
        Files.createDirectories(templates.resolve("messages"));
        Files.write(templates.resolve("messages/messages_fr.properties"),
                "page.title = Votre plan de soins très bien".getBytes(StandardCharsets.ISO_8859_1));
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> Catalogues.load(templates));
        assertTrue(e.getMessage().endsWith("not UTF-8 text (save it as UTF-8)"), e.getMessage());
    }

    private static void write(Path templates, String name, String content) throws IOException {
        Files.createDirectories(templates.resolve("messages"));
        Files.writeString(templates.resolve("messages").resolve(name), content, StandardCharsets.UTF_8);
    }
}
