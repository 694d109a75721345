package clinic.cadence.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * One email as an RFC 5322 file, with Jakarta Mail. What Jakarta Mail would take from the clock
 * or a counter is fixed from the content instead: the Message-ID is a hash of everything the
 * email says (so it changes exactly when the content does), the MIME boundary comes from it, and
 * the Date is the plan's date, written as text (Jakarta Mail would format it in the JVM's zone).
 */
final class EmailMessage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);
    /** One session for all: it carries no settings a message depends on. */
    private static final Session SESSION = Session.getInstance(new Properties());

    record Attachment(String name, String type, byte[] bytes) {
    }

    private final InternetAddress from;
    private final InternetAddress to;
    private final String clientId;
    private final String subject;
    private final String body;
    private final LocalDate date;
    private final String domain;

    /** @param clientId already cleaned of line breaks and control characters */
    EmailMessage(InternetAddress from, InternetAddress to, String clientId, String subject, String body,
            LocalDate date, String domain) {
        this.from = from;
        this.to = to;
        this.clientId = clientId;
        this.subject = subject;
        this.body = body;
        this.date = date;
        this.domain = domain;
    }

    byte[] write(Attachment... attachments) {
        String digest = digest(attachments);
        try {
            MimeMessage message = new FixedMessage(SESSION, "<" + digest.substring(0, 32) + ".cadence@" + domain + ">");
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setHeader("Date", DATE.format(date.atStartOfDay(ZoneOffset.UTC)));
            message.setHeader("X-Unsent", "1");
            String id = MimeUtility.encodeText(clientId, "UTF-8", null);
            message.setHeader("X-Cadence-Client-Id", MimeUtility.fold("X-Cadence-Client-Id: ".length(), id));
            MimeMultipart mixed = new FixedMultipart("mixed", "=_cadence_" + digest.substring(32, 56));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body.replace("\r\n", "\n").replace("\n", "\r\n"), "UTF-8"); // RFC 5322 lines end in CRLF
            text.setHeader("Content-Transfer-Encoding", "quoted-printable");
            mixed.addBodyPart(text);
            for (Attachment a : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.type())));
                part.setFileName(a.name());
                part.setDisposition(Part.ATTACHMENT);
                part.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            message.writeTo(out);
            return out.toByteArray();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every Java has UTF-8", e);
        } catch (MessagingException e) {
            throw new IllegalStateException("the email could not be made: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of everything the email says, in hex. */
    private String digest(Attachment... attachments) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {from.toString(), to.toString(), clientId, subject, body, date.toString()}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (Attachment a : attachments) {
                sha.update((a.name() + "\0" + a.type() + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(a.bytes());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A message whose Message-ID is given, not made from the host, the clock and a counter. */
    private static final class FixedMessage extends MimeMessage {
        private final String messageId;

        FixedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** A multipart whose boundary is given, not made from the clock and a counter. */
    private static final class FixedMultipart extends MimeMultipart {
        FixedMultipart(String subtype, String boundary) {
            super(subtype);
            contentType = "multipart/" + subtype + "; boundary=\"" + boundary + "\"";
        }
    }
}
