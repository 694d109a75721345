package clinic.cadence.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The calendar file: valid by ical4j, folded at 75 octets without splitting a character. */
class CalendarFileTest {
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));

    @Test
    void icalValidatesItAndReadsTheSessionsAsAllDayEvents() throws Exception {
        byte[] ics = CalendarFile.of("abc123", "clinic.example", LocalDate.of(2026, 11, 30), DATES,
                "Séance de massage proposée – Cabinet « Les Thérapeutes Réunis » de Saint-Étienne-du-Rouvray", "Cabinet, \"Réunis\"",
                "front@clinic.example", "0.1.0");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result::toString);
        List<VEvent> events = calendar.getComponents();
        assertEquals(DATES, events.stream().map(e -> (LocalDate) e.getStartDate().orElseThrow().getDate()).toList());
        assertEquals(LocalDate.of(2026, 12, 2), events.get(0).getEndDate().orElseThrow().getDate(), "DTEND is the day after");
        assertEquals("abc123-20261201@clinic.example", events.get(0).getUid().orElseThrow().getValue());
        assertTrue(events.get(0).getSummary().getValue().endsWith("Saint-Étienne-du-Rouvray"));
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
    }

    @Property(tries = 300)
    void everyLineFitsIn75OctetsAndUnfoldsToWhatWasWritten(@ForAll String text) {
        String line = "SUMMARY:" + text.replaceAll("[\\r\\n]", " ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CalendarFile.line(out, line);
        byte[] bytes = out.toByteArray();
        String written = new String(bytes, StandardCharsets.UTF_8);
        for (String physical : written.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(line.getBytes(StandardCharsets.UTF_8).length + (written.split("\r\n").length - 1) * 3 + 2,
                bytes.length, "only CRLF and a space added per fold");
        assertEquals(line, written.replace("\r\n ", "").replaceAll("\r\n$", ""), "unfolds to the line");
    }
}
