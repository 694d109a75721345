package clinic.cadence.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "What comes next" tells the taper as the plan really has it, read back from the PDF. */
class WhatComesNextTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static PlanRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = PlanRenderer.load(null, Settings.defaults());
    }

    @Test
    void aTaperWithItsSessionTheGapFollows() throws IOException {
        Client zoe = client(Condition.ACUTE, 6, 7, LocalDate.of(2026, 11, 9), null, null, Activity.SEDENTARY);
        String text = textOf(zoe);
        assertTrue(text.contains("From Monday 21 December: your sessions ease to 1 session a week, then 2 weeks without"
                + " a session"), text);
        // One way to say a number of weeks in one plan: the rationale's R6 says the gap as the line above does.
        assertTrue(text.contains("then 2 weeks without a session before maintenance begins"), text);
        assertFalse(text.contains("a pause of"), text);
        assertFalse(text.matches(".*\\b(one|two|three|four|five|six) (weeks?|sessions?|days?)\\b.*"),
                "counts are figures everywhere: " + text);
    }

    /** The monthly budget takes the taper's one session out: the pause is three weeks, not two. */
    @Test
    void aTaperWhoseSessionTheBudgetLeftOutIsALongerPause() throws IOException {
        Client wang = client(Condition.FLARE, 4, 6, LocalDate.of(2026, 11, 2), 8,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), Activity.SEDENTARY);
        String text = textOf(wang);
        assertTrue(text.contains("From Monday 30 November: 3 weeks without a session"), text);
        assertFalse(text.contains("two-week"), text);
    }

    private static String textOf(Client client) throws IOException {
        byte[] pdf = renderer.render(Rulebook.defaults().plan(client, Settings.defaults(), AS_OF));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static Client client(Condition condition, int pain, int intake, LocalDate start, Integer budget,
            Set<DayOfWeek> days, Activity activity) {
        return new Client("T1", "Test", "Client", "", condition, pain, intake, start, null, MassageType.MYOFASCIAL,
                activity, StressLevel.MODERATE, null, budget, days, 60, "", "", "");
    }
}
