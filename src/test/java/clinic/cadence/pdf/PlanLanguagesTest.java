package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.plan.Plan;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan in each shipped language, read back from the PDF: that language's months, weekdays and
 * key phrases, and no English left; and a typical plan on one page, in every language.
 */
class PlanLanguagesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static PlanRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = PlanRenderer.load(null, Settings.defaults());
    }

    /** Moderate new pain two weeks in, sedentary: intensive now, taper in December, maintenance in January. */
    private static Plan plan(String language) {
        Client client = new Client("L-" + language, "Ana", "Lima", "", Condition.ACUTE, 5, 6, AS_OF.minusWeeks(1),
                null, MassageType.SWEDISH, Activity.SEDENTARY, StressLevel.MODERATE, null, null, null, 60, "",
                "Maya Okafor", "", language, false);
        return Rulebook.defaults().plan(client, Settings.defaults(), AS_OF);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English    | Your care plan        | November 2026  | December 2026  | January 2027  | From Monday 14 December  | Why this plan      | You are in the intensive phase: 2 sessions a week until 13 December. | Page 1 of 1
            Español    | Tu plan de cuidados   | Noviembre de 2026 | Diciembre de 2026 | Enero de 2027 | A partir del lunes, 14 de diciembre | Por qué este plan | Estás en la fase intensiva: 2 sesiones por semana hasta el 13 de diciembre. | Página 1 de 1
            fr         | Votre plan de soins   | Novembre 2026  | Décembre 2026  | Janvier 2027  | À partir du lundi 14 décembre | Pourquoi ce plan | Vous êtes en phase intensive : 2 séances par semaine jusqu’au 13 décembre. | Page 1 sur 1
            Deutsch    | Ihr Behandlungsplan   | November 2026  | Dezember 2026  | Januar 2027   | Ab Montag, 14. Dezember  | Warum dieser Plan  | Sie sind in der Intensivphase: 2 Sitzungen pro Woche bis zum 13. Dezember. | Seite 1 von 1
            pt-BR      | Seu plano de cuidados | Novembro de 2026 | Dezembro de 2026 | Janeiro de 2027 | A partir de segunda-feira, 14 de dezembro | Por que este plano | Você está na fase intensiva: 2 sessões por semana até 13 de dezembro. | Página 1 de 1
            """)
    void aPlanReadsInItsLanguage(String language, String title, String november, String december, String january,
            String from, String why, String sentence, String pageNumber) {
        byte[] pdf = renderer.render(plan(language));
        String text = PdfReading.text(pdf).replace('\u00a0', ' '); // French keeps a no-break space before a colon
        assertAll(List.of(title, november, december, january, from, why, sentence, pageNumber, "Ana Lima",
                "Maya Okafor").stream().map(part -> () -> assertTrue(text.contains(part),
                        () -> language + ": missing \"" + part + "\" in: " + text)));
        if (!language.equals("English")) {
            for (String english : List.of("Your care plan", "December", "Monday", "session", "week", "Why this plan",
                    "Therapist")) {
                assertFalse(text.contains(english), language + " plan still says \"" + english + "\": " + text);
            }
        }
    }

    /** The two built-in samples reach every part of the page: each renders in every shipped language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-GB", "en-US", "es", "fr", "de", "pt", "pt-PT"})
    void theSamplesRenderInEveryLanguage(String tag) {
        for (Plan sample : SamplePlans.all(12)) {
            Client c = sample.client();
            Client in = new Client(c.id(), c.firstName(), c.lastName(), c.fullName(), c.condition(), c.painLevel(),
                    c.intakePain(), c.episodeStart(), c.lastVisit(), c.massageType(), c.activity(), c.stressLevel(),
                    c.reliefDays(), c.maxSessionsPerMonth(), c.availableDays(), c.sessionMinutes(), c.location(),
                    c.therapist(), c.email(), tag, false);
            Plan plan = new Plan(in, sample.asOf(), sample.windowStart(), sample.windowEnd(), sample.band(),
                    sample.phaseNow(), sample.sessionsThisWeek(), sample.maintenanceIntervalWeeks(), sample.timeline(),
                    sample.sessions(), sample.flags(), sample.rationale());
            String text = PdfReading.text(renderer.render(plan));
            assertFalse(text.contains("{") || text.contains("}"), tag + ": " + text);
        }
    }

    /**
     * A new clinic's roster, varied as rosters are (long names, budgets, days, relief, flags), each in
     * its own language: every plan on one page with its signature line.
     */
    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            T01 | Zoë Hartley                                  | en | acute    | 6 | 7 | 2 |           | therapeutic   | sedentary | moderate |    |   | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
            T02 | Mateo Núñez Fernández de la Peña             | es | injury   | 5 | 6 | 1 |           | sports        | athlete   | low      |    |   |
            T03 | Marie-Charlotte Delacroix-Beaumont           | fr | flare    | 7 | 8 | 0 |           | deep_tissue   | strenuous | high     |    |   |
            T04 | Hannah Schmidt-Oberländer                    | de | chronic  | 2 |   | 0 |           | swedish       | sedentary | high     |    | 2 |
            T05 | Rafael Costa                                 | pt | wellness | 0 |   | 0 |           | relaxation    | moderate  | low      |    |   |
            T06 | Jonas Weber                                  | de | injury   | 6 |   | 0 |           | trigger_point | strenuous | high     | 3  |   |
            T07 | Chloé Dubois                                 | fr | acute    | 6 |   | 0 |           | deep_tissue   | moderate  | high     |    |   | MONDAY WEDNESDAY FRIDAY
            T08 | Aisha Bello                                  | en | acute    | 8 | 8 | 0 |           | therapeutic   | moderate  | moderate |    | 8 |
            T09 | Oliver Bennett                               | en | chronic  | 5 |   | 0 | 2026-10-01 | hot_stone    | sedentary | moderate |    |   |
            T10 | Sofía Martínez                               | es | flare    | 4 | 6 | 3 |           | myofascial    | moderate  | moderate | 7  |   | TUESDAY THURSDAY
            T11 | Lucas Meyer                                  | de | acute    | 3 |   | 0 |           | swedish       | athlete   | low      |    | 4 |
            T12 | Ana Beatriz Gonçalves de Albuquerque Ribeiro  | pt | injury   | 7 | 7 | 1 |           | sports        | athlete   | high     |    |   | SATURDAY
            T13 | Grace Kim                                    | en | wellness | 0 |   | 0 | 2026-08-03 | swedish      | sedentary | high     | 35 |   |
            T14 | Henrik Lindqvist                             | en | acute    | 4 | 5 | 4 |           | sports        | strenuous | moderate |    | 6 |
            T15 | Priyanka Sharma                              | en | acute    | 8 |   | 0 |           | therapeutic   | moderate  | moderate | 2  |   |
            """)
    void aTypicalPlanFitsOnePage(String id, String name, String language, String condition, int pain, Integer intake,
            int weeksIn, String lastVisit, String massage, String activity, String stress, Integer relief,
            Integer budget, String days) {
        Client client = new Client(id, "", "", name, Condition.valueOf(condition.toUpperCase(Locale.ROOT)), pain,
                intake, AS_OF.minusWeeks(weeksIn), lastVisit == null ? null : LocalDate.parse(lastVisit),
                MassageType.valueOf(massage.toUpperCase(Locale.ROOT)), Activity.valueOf(activity.toUpperCase(Locale.ROOT)),
                StressLevel.valueOf(stress.toUpperCase(Locale.ROOT)), relief, budget, days(days), 60, "Harbour Street",
                "Maya Okafor", "", language, false);
        byte[] pdf = renderer.render(Rulebook.defaults().plan(client, Settings.defaults(), AS_OF));
        lookAt(id + "-" + language, pdf);
        try (PDDocument doc = PdfReading.open(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), () -> id + " runs onto a second page: " + PdfReading.text(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<DayOfWeek> days(String names) {
        if (names == null) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : names.split(" ")) {
            days.add(DayOfWeek.valueOf(day));
        }
        return days;
    }

    /** Keeps the PDF under target/ so a person can render it (pdftoppm) and look at it. */
    private static void lookAt(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "plans-to-look-at");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
