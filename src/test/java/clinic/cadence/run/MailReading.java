package clinic.cadence.run;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/** Reads an outbox email back the way a mail program does: Jakarta Mail, and ical4j for the calendar. */
final class MailReading {
    private MailReading() {
    }

    record Email(MimeMessage message, String text, BodyPart pdf, byte[] pdfBytes, BodyPart calendarPart,
            byte[] calendarBytes) {
    }

    static Email read(Path eml) throws Exception {
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        MimeMultipart parts = (MimeMultipart) message.getContent();
        if (parts.getCount() != 3) {
            throw new AssertionError(eml + ": expected text, PDF and calendar, found " + parts.getCount() + " parts");
        }
        BodyPart text = parts.getBodyPart(0);
        BodyPart pdf = parts.getBodyPart(1);
        BodyPart calendar = parts.getBodyPart(2);
        return new Email(message, ((String) text.getContent()).replace("\r\n", "\n"), pdf, pdf.getInputStream().readAllBytes(), calendar,
                calendar.getInputStream().readAllBytes());
    }

    static Calendar calendar(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    /** The header names of the message's top level, in order. */
    static List<String> headerNames(MimeMessage message) throws Exception {
        return java.util.Collections.list(message.getAllHeaders()).stream().map(h -> h.getName()).toList();
    }
}
