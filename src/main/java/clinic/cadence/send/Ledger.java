package clinic.cadence.send;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The record of what was handed to the mail server, one line per step, appended and forced to
 * disk before the next step: {@code attempting} before a message goes to the server, then
 * {@code accepted}, {@code deferred} (4xx) or {@code refused} (5xx) once it answers. A message
 * whose last line is {@code attempting} may or may not have arrived: it is "unknown", never sent
 * again without the staff's say-so. Kept beside the out folder, not in it, because the next run
 * replaces the out folder; keyed on Message-ID, which changes when a client's plan changes.
 *
 * <p>One {@code cadence send} at a time: the ledger is locked while it is open.
 */
final class Ledger implements AutoCloseable {
    static final String FILE_NAME = "ledger.csv";
    private static final String[] HEADER = {"when", "message_id", "client_id", "to", "file", "step", "server_reply"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    /** A step in a message's life, as written in the ledger. */
    enum Step {
        ATTEMPTING, ACCEPTED, DEFERRED, REFUSED;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One line of the ledger. */
    record Entry(Instant when, String messageId, String clientId, String to, String file, Step step, String reply) {
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<Entry> entries;

    private Ledger(Path file, FileChannel channel, FileLock lock, List<Entry> entries) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.entries = entries;
    }

    /** Opens (or starts) the ledger in {@code folder} and locks it. */
    static Ledger open(Path folder) throws IOException, LedgerBusyException {
        boolean fresh = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        boolean newFile = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by this same program
            }
            if (lock == null) {
                throw new LedgerBusyException(file);
            }
            List<Entry> entries = readWhole(channel, file, true);
            Ledger ledger = new Ledger(file, channel, lock, entries);
            if (newFile) {
                ledger.append(String.join(",", HEADER) + "\r\n");
                forceFolder(folder);
                if (fresh && folder.getParent() != null) {
                    forceFolder(folder.getParent());
                }
            }
            return ledger;
        } catch (IOException | LedgerBusyException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The ledger as it stands, read without locking, changing or creating anything: what
     * {@code --dry-run} looks at. Cannot record.
     */
    static Ledger peek(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new Ledger(file, null, null, new ArrayList<>());
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Ledger(file, null, null, readWhole(channel, file, false));
        }
    }

    /** Thrown when another {@code cadence send} holds the ledger. */
    static final class LedgerBusyException extends Exception {
        LedgerBusyException(Path file) {
            super(file + " is in use by another cadence send: wait for it to finish");
        }
    }

    /**
     * Reads every complete line. A last line without its line end was cut off by a crash while it
     * was written: it is cut away, which is safe because a step is acted on only once forced whole.
     */
    private static List<Entry> readWhole(FileChannel channel, Path file, boolean repair) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read all
        }
        byte[] bytes = buffer.array();
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length && repair) {
            channel.truncate(end);
            channel.force(true);
        }
        List<Entry> entries = new ArrayList<>();
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        int lineNumber = 0;
        for (CSVRecord r : FORMAT.parse(new StringReader(text))) {
            lineNumber++;
            if (lineNumber == 1 && r.get(0).equals(HEADER[0])) {
                continue;
            }
            entries.add(parse(r, file, lineNumber));
        }
        return entries;
    }

    private static Entry parse(CSVRecord r, Path file, int line) {
        try {
            return new Entry(Instant.parse(r.get(0)), r.get(1), r.get(2), r.get(3), r.get(4),
                    Step.valueOf(r.get(5).toUpperCase(java.util.Locale.ROOT)), r.get(6));
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new UncheckedIOException(new IOException(file + " line " + line
                    + " is not a ledger line Cadence wrote; the ledger must not be edited by hand"));
        }
    }

    /** Appends a step and forces it to disk before returning. */
    void record(Entry entry) throws IOException {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, FORMAT)) {
            // One physical line per step: a server's multi-line reply is joined with spaces.
            printer.printRecord(entry.when().toString(), entry.messageId(), entry.clientId(), entry.to(), entry.file(),
                    entry.step().word(), entry.reply().replaceAll("[\\r\\n]+", " ").strip());
        }
        append(line.toString());
        entries.add(entry);
    }

    private void append(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long position = channel.size();
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        channel.force(true);
    }

    private static void forceFolder(Path folder) {
        // Makes the new file's name durable too. Not every system can open a folder (Windows cannot): then
        // the file system's own journal is what we have.
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }

    /** Every step recorded, oldest first. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Each message's last step, by Message-ID, in the order messages first appear. */
    Map<String, Entry> latest() {
        Map<String, Entry> latest = new LinkedHashMap<>();
        for (Entry e : entries) {
            latest.put(e.messageId(), e);
        }
        return latest;
    }

    /** How many messages were handed to the server since {@code since}: what the daily cap counts. */
    int attemptsSince(Instant since) {
        return (int) entries.stream().filter(e -> e.step() == Step.ATTEMPTING && !e.when().isBefore(since)).count();
    }

    /**
     * When the daily cap has room again: when enough of the hand-overs since {@code since} have
     * left the window of {@code window} that fewer than {@code cap} are in it.
     */
    Instant roomAgainAt(Instant since, int cap, java.time.Duration window) {
        List<Instant> inWindow = entries.stream().filter(e -> e.step() == Step.ATTEMPTING && !e.when().isBefore(since))
                .map(Entry::when).sorted().toList();
        int leave = inWindow.size() - cap + 1;
        return leave <= 0 ? since.plus(window) : inWindow.get(leave - 1).plus(window);
    }

    /** When the last message was handed over, if ever: the rate limit carries over between sends. */
    Instant lastAttempt() {
        Instant last = null;
        for (Entry e : entries) {
            if (e.step() == Step.ATTEMPTING) {
                last = e.when();
            }
        }
        return last;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
