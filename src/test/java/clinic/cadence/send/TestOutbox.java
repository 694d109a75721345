package clinic.cadence.send;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an outbox as the run's outbox writer does (the contract of issue 14): one {@code .eml}
 * per client with a fixed Message-ID, {@code X-Cadence-Client-Id}, {@code X-Unsent: 1}, From the
 * clinic, To the client, a text part and the plan as a PDF attachment.
 */
final class TestOutbox {
    static final String CLINIC = "desk@clinic.example";

    /** One client's e-mail. */
    record Letter(String clientId, String to, String version) {
        Letter(String clientId, String to) {
            this(clientId, to, "v1");
        }

        String messageId() {
            return "<plan-" + clientId + "-" + version + "@cadence.test>";
        }

        String fileName() {
            return clientId + ".eml";
        }
    }

    private TestOutbox() {
    }

    /** Letters for clients C1..Cn at client-n@example.test. */
    static List<Letter> letters(int n) {
        List<Letter> letters = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            letters.add(new Letter("C" + i, "client-" + i + "@example.test"));
        }
        return letters;
    }

    static void write(Path out, List<Letter> letters) throws IOException, MessagingException {
        Path outbox = Files.createDirectories(out.resolve("outbox"));
        Session session = Session.getInstance(new Properties());
        for (Letter letter : letters) {
            MimeMessage message = new FixedIdMessage(session, letter.messageId());
            message.setFrom(new InternetAddress(CLINIC, "Cadence Clinic"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.to()));
            message.setSubject("Your plan", "UTF-8");
            message.setHeader("Date", "Mon, 23 Nov 2026 09:00:00 +0000");
            message.setHeader("X-Cadence-Client-Id", letter.clientId());
            message.setHeader("X-Unsent", "1");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Dear client " + letter.clientId() + ", your plan is attached.", "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf(letter.clientId()), "application/pdf")));
            pdf.setFileName(letter.clientId() + "-plan.pdf");
            MimeMultipart body = new MimeMultipart();
            body.addBodyPart(text);
            body.addBodyPart(pdf);
            message.setContent(body);
            message.saveChanges();
            try (OutputStream file = Files.newOutputStream(outbox.resolve(letter.fileName()))) {
                message.writeTo(file);
            }
        }
    }

    /** A one-page PDF that says whose plan it is. */
    static byte[] pdf(String clientId) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Plan for client " + clientId);
                text.endText();
            }
            doc.setDocumentId(1L);
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Keeps the Message-ID the outbox gave, as the real writer does. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
