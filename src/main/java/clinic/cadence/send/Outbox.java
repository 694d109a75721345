package clinic.cadence.send;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * The out folder's {@code outbox/}: one {@code .eml} file per client, as the run wrote it. Each has
 * the Message-ID the ledger keys on, an {@code X-Cadence-Client-Id}, a From (the envelope sender)
 * and the client in To.
 */
final class Outbox {
    static final String FOLDER = "outbox";
    static final String CLIENT_ID_HEADER = "X-Cadence-Client-Id";
    /** Outlook opens a file with this header as a draft; a received mail must not have it. */
    static final String DRAFT_HEADER = "X-Unsent";

    /** A message of the outbox, or why it cannot be sent ({@code problem} not null). */
    record Item(Path file, String messageId, String clientId, InternetAddress from, List<InternetAddress> to,
            String problem) {

        String fileName() {
            return file.getFileName().toString();
        }

        String toText() {
            return String.join(", ", to.stream().map(InternetAddress::getAddress).toList());
        }
    }

    private Outbox() {
    }

    /** Every {@code .eml} of {@code out/outbox}, by file name; throws if there is no outbox. */
    static List<Item> read(Path out) throws IOException {
        Path folder = out.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> eml = Files.newDirectoryStream(folder, "*.eml")) {
            eml.forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            items.add(item(file));
        }
        return items;
    }

    private static Item item(Path file) throws IOException {
        SMTPMessage message;
        try {
            message = load(Session.getInstance(new Properties()), file);
        } catch (MessagingException e) {
            return new Item(file, "", "", null, List.of(), "not a readable e-mail (" + e.getMessage() + ")");
        }
        try {
            String id = header(message, "Message-ID");
            String client = header(message, CLIENT_ID_HEADER);
            List<InternetAddress> to = new ArrayList<>();
            for (jakarta.mail.Address a : message.getAllRecipients() == null ? new jakarta.mail.Address[0]
                    : message.getAllRecipients()) {
                to.add((InternetAddress) a);
            }
            jakarta.mail.Address[] from = message.getFrom();
            String problem = id.isEmpty() ? "it has no Message-ID"
                    : to.isEmpty() ? "it has no recipient (To)"
                    : from == null || from.length != 1 ? "it needs exactly one From address"
                    : null;
            InternetAddress sender = from == null || from.length == 0 ? null : (InternetAddress) from[0];
            return new Item(file, id, client, sender, List.copyOf(to), problem);
        } catch (AddressException e) {
            return new Item(file, header(message, "Message-ID"), header(message, CLIENT_ID_HEADER), null, List.of(),
                    "an address cannot be read (" + e.getMessage() + ")");
        } catch (MessagingException e) {
            return new Item(file, "", "", null, List.of(), "not a readable e-mail (" + e.getMessage() + ")");
        }
    }

    /**
     * The file as a message to send as it is: parsed, not rebuilt, so its Message-ID, body and
     * attachments go out byte for byte (nothing calls saveChanges).
     */
    static SMTPMessage load(Session session, Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return new SMTPMessage(session, in);
        }
    }

    private static String header(SMTPMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value.strip();
        } catch (MessagingException e) {
            return "";
        }
    }
}
