package clinic.cadence.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A client's suggested sessions as an iCalendar file (RFC 5545): one all-day event per session
 * (sessions have dates, not times), {@code METHOD:PUBLISH} with the clinic as ORGANIZER, so
 * calendar programs offer to add them rather than treat them as invitations to answer.
 *
 * <p>Written here rather than with ical4j: the libraries fold long lines by characters, and RFC
 * 5545 folds at 75 octets (a French or Greek summary goes over). Each session's UID is made from
 * the client and the date, so the same session keeps its UID from week to week.
 */
final class CalendarFile {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_OCTETS = 75;

    private CalendarFile() {
    }

    /**
     * @param uidPrefix  stands for the client in every UID (no personal data in it)
     * @param domain     the clinic's mail domain, ending every UID
     * @param summary    each event's title, in the client's language
     * @param organizer  the clinic's name (may be "") and address
     */
    static byte[] of(String uidPrefix, String domain, LocalDate stamp, List<LocalDate> dates, String summary,
            String organizerName, String organizerAddress, String productVersion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + dates.size() * 256);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Cadence//Cadence " + productVersion + "//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (LocalDate date : dates) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uidPrefix + "-" + DAY.format(date) + "@" + domain);
            line(out, "DTSTAMP:" + DAY.format(stamp) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(date));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(date.plusDays(1)));
            line(out, "SUMMARY:" + text(summary));
            line(out, "ORGANIZER" + (organizerName.isEmpty() ? "" : ";CN=" + parameter(organizerName)) + ":mailto:"
                    + organizerAddress);
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toByteArray();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
    static String text(String value) {
        return HeaderText.clean(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
    }

    /** A parameter value, quoted; a double quote cannot be in one, so it goes. */
    private static String parameter(String value) {
        return "\"" + HeaderText.clean(value).replace("\"", "") + "\"";
    }

    /** Writes one content line, folded so no line is over 75 octets, never inside a character. */
    static void line(ByteArrayOutputStream out, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int lineOctets = 0;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i]);
            if (lineOctets + length > MAX_OCTETS) {
                out.write('\r');
                out.write('\n');
                out.write(' ');
                lineOctets = 1;
            }
            out.write(bytes, i, length);
            lineOctets += length;
            i += length;
        }
        out.write('\r');
        out.write('\n');
    }

    /** Octets in the UTF-8 sequence that starts with {@code lead}. */
    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xF0) {
            return 4;
        }
        return b >= 0xE0 ? 3 : 2;
    }
}
