package clinic.cadence.send;

import clinic.cadence.run.CsvOut;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code sent.csv} beside the ledger, for the staff: one row per message, which client was sent
 * what, when, and which failed and why. Rewritten whole from the ledger after each send (a new
 * file moved over the old), in the CSV form every Cadence CSV has (UTF-8 with BOM, CRLF).
 */
final class SentReport {
    static final String FILE_NAME = "sent.csv";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SentReport() {
    }

    /** One row: a message's state for the staff. */
    record Row(String clientId, String to, String file, String status, Instant when, String detail,
            String messageId) {
    }

    static void write(Path folder, Collection<Row> rows, ZoneId zone) throws IOException {
        Path target = folder.resolve(FILE_NAME);
        Path fresh = folder.resolve(FILE_NAME + ".new");
        try (CsvOut csv = new CsvOut(fresh, "client_id", "to", "file", "status", "when", "detail", "message_id")) {
            for (Row r : rows) {
                csv.row(r.clientId(), r.to(), r.file(), r.status(),
                        r.when() == null ? "" : LOCAL.format(r.when().atZone(zone)), r.detail(), r.messageId());
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The rows: every message the ledger knows, latest step, then the outbox's not yet tried. */
    static List<Row> rows(Map<String, Ledger.Entry> latest, List<Row> notTried) {
        List<Row> rows = new java.util.ArrayList<>();
        for (Ledger.Entry e : latest.values()) {
            rows.add(new Row(e.clientId(), e.to(), e.file(), status(e.step()), e.when(), detail(e), e.messageId()));
        }
        rows.addAll(notTried);
        return rows;
    }

    static String status(Ledger.Step step) {
        return switch (step) {
            case ACCEPTED -> "sent";
            case REFUSED -> "refused";
            case DEFERRED -> "not sent yet";
            case ATTEMPTING -> "unknown";
        };
    }

    private static String detail(Ledger.Entry e) {
        return switch (e.step()) {
            case ACCEPTED -> "";
            case REFUSED -> "the server refused it: " + e.reply();
            case DEFERRED -> "the server said try later: " + e.reply();
            case ATTEMPTING -> "handed to the server but no answer recorded: it may have arrived; ask the client, "
                    + "then cadence send --resend-unknown if it did not";
        };
    }
}
