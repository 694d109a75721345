package clinic.cadence.changes;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The earlier run's {@code plans.csv}, looked up by client id while this run's plans stream past
 * in roster order. The plans stay on disk: memory holds one 8-byte slot per earlier client (the
 * record's offset in the file and a few bits of its id's hash), so a lookup is one read of one
 * line. What was looked up is ticked off; the rest are the clients gone since.
 *
 * <p>Why not a merge join of two files sorted by id: the Clients sheet and the outbox take each
 * client's change as the plan goes by, in roster order, which is not id order.
 */
public final class PreviousPlans implements AutoCloseable {
    private static final long OFFSET_BITS = 40;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;

    private final Path file;
    private final FileChannel channel;
    /** Open addressing: 0 is empty, else (hash tag << 40) | (offset + 1). */
    private final long[] slots;
    private final BitSet seen;
    /** Per slot, the ordinal + 1 of why a client is not planned now (0: not in the roster); made when first needed. */
    private byte[] why;
    private final int size;
    private final LocalDate asOf;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 12);

    private PreviousPlans(Path file, FileChannel channel, long[] slots, int size, LocalDate asOf) {
        this.file = file;
        this.channel = channel;
        this.slots = slots;
        this.size = size;
        this.asOf = asOf;
        this.seen = new BitSet(slots.length);
    }

    /** No earlier run: every client is new. */
    public static PreviousPlans none() {
        return new PreviousPlans(null, null, new long[1], 0, null);
    }

    /**
     * Indexes an earlier run's plans.csv.
     *
     * @throws IllegalArgumentException when the file is not a plans.csv this version writes (the
     *     message says what is wrong, without the file's name)
     */
    public static PreviousPlans open(Path plansCsv) {
        try {
            Index index = Index.of(plansCsv);
            FileChannel channel = FileChannel.open(plansCsv, StandardOpenOption.READ);
            return new PreviousPlans(plansCsv, channel, index.slots, index.size, index.asOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists() {
        return file != null;
    }

    /** The earlier run's as-of date; null when there was none or it planned nobody. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Clients planned in the earlier run. */
    public int size() {
        return size;
    }

    /** The earlier plan of the client plans.csv calls {@code key}, ticked off as seen. */
    public Optional<PlanRecord> find(String key) {
        if (file == null) {
            return Optional.empty();
        }
        long hash = mix(key.hashCode());
        int mask = slots.length - 1;
        for (int i = home(hash, mask); slots[i] != 0; i = (i + 1) & mask) {
            if (tag(slots[i]) == tag(hash)) {
                List<String> fields = fields(readLine((slots[i] & OFFSET_MASK) - 1));
                if (fields.get(0).equals(key)) {
                    seen.set(i);
                    return Optional.of(PlanRecord.parse(fields));
                }
            }
        }
        return Optional.empty();
    }

    /** Notes why a client of the earlier run is not planned now (a paused, discharged or rejected row). */
    public void notPlanned(String key, GoneReason reason) {
        int slot = slotOf(key);
        if (slot >= 0) {
            if (why == null) {
                why = new byte[slots.length];
            }
            why[slot] = (byte) (reason.ordinal() + 1);
        }
    }

    private int slotOf(String key) {
        if (file == null) {
            return -1;
        }
        long hash = mix(key.hashCode());
        int mask = slots.length - 1;
        for (int i = home(hash, mask); slots[i] != 0; i = (i + 1) & mask) {
            if (tag(slots[i]) == tag(hash) && fields(readLine((slots[i] & OFFSET_MASK) - 1)).get(0).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** A client of the earlier run not planned in this one, and why. */
    public record Gone(PlanRecord record, GoneReason reason) {
    }

    /** Earlier clients not looked up (so far). */
    public int goneCount() {
        return size - seen.cardinality();
    }

    /** Every earlier client not looked up, in the earlier file's order (read from disk, one by one). */
    public void forEachGone(Consumer<Gone> action) {
        if (file == null) {
            return;
        }
        long[] gone = new long[slots.length - seen.cardinality()];
        int n = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != 0 && !seen.get(i)) {
                int reason = why == null ? 0 : why[i];
                // offset (40 bits) and reason (3 bits) in one long: sorting sorts by offset
                gone[n++] = ((slots[i] & OFFSET_MASK) - 1) << 3 | reason;
            }
        }
        java.util.Arrays.sort(gone, 0, n);
        for (int g = 0; g < n; g++) {
            int reason = (int) (gone[g] & 7);
            action.accept(new Gone(PlanRecord.parse(fields(readLine(gone[g] >>> 3))),
                    reason == 0 ? GoneReason.NOT_IN_ROSTER : GoneReason.values()[reason - 1]));
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Read only; nothing is lost.
            }
        }
    }

    private byte[] readLine(long offset) {
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            boolean quoted = false;
            long position = offset;
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        return line.toByteArray();
                    }
                    line.write(b);
                }
                position += n;
            }
            return line.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One plans.csv line's fields (RFC 4180: quotes around a field, "" for a quote in one). Split
     * here rather than with a CSVParser per line: a lookup per client of a large roster.
     */
    static List<String> fields(byte[] line) {
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        List<String> fields = new ArrayList<>(PlanRecord.COLUMNS.size());
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Spreads String.hashCode's bits (its low bits alone cluster for ids like 00101, 00102). */
    private static long mix(int h) {
        long z = h * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 29);
    }

    /** The top 24 bits of a hash, kept in its slot beside the offset. */
    private static long tag(long value) {
        return value >>> OFFSET_BITS;
    }

    /** A slot's place comes from its tag alone, so the table can grow without re-reading ids. */
    private static int home(long value, int mask) {
        return (int) tag(value) & mask;
    }

    /** The first pass: one slot per record, and the as-of date. */
    private static final class Index {
        long[] slots;
        int size;
        LocalDate asOf;

        static Index of(Path file) throws IOException {
            Index index = new Index();
            index.slots = new long[1 << 10];
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                Records records = new Records(in);
                Records.Line header = records.next();
                if (header == null || !fields(header.bytes()).equals(PlanRecord.COLUMNS)) {
                    throw new IllegalArgumentException("its first line is not plans.csv's header "
                            + String.join(",", PlanRecord.COLUMNS));
                }
                for (Records.Line line = records.next(); line != null; line = records.next()) {
                    List<String> fields = fields(line.bytes());
                    if (index.asOf == null) {
                        try {
                            index.asOf = PlanRecord.parse(fields).asOf();
                        } catch (RuntimeException e) {
                            throw new IllegalArgumentException("line " + line.number() + " is not as Cadence writes it ("
                                    + e.getMessage() + ")", e);
                        }
                    } else if (fields.size() != PlanRecord.COLUMNS.size()) {
                        throw new IllegalArgumentException("line " + line.number() + " is not as Cadence writes it ("
                                + PlanRecord.COLUMNS.size() + " fields, found " + fields.size() + ")");
                    }
                    index.add(mix(fields.get(0).hashCode()), line.offset());
                }
            }
            return index;
        }

        void add(long hash, long offset) {
            if ((size + 1) * 2L > slots.length) {
                grow();
            }
            insert(slots, hash & ~OFFSET_MASK | (offset + 1));
            size++;
        }

        private static void insert(long[] table, long value) {
            int mask = table.length - 1;
            int i = home(value, mask);
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = value;
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long value : slots) {
                if (value != 0) {
                    insert(bigger, value);
                }
            }
            slots = bigger;
        }
    }

    /** Splits a CSV file into its records' bytes (a record ends at a newline outside quotes), with offsets. */
    private static final class Records {
        private final InputStream in;
        private long position;
        private int number;

        record Line(long offset, int number, byte[] bytes) {
        }

        Records(InputStream in) throws IOException {
            this.in = in;
            in.mark(3);
            if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
                in.reset();
            } else {
                position = 3;
            }
        }

        Line next() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            long start = position;
            boolean quoted = false;
            int b;
            while ((b = in.read()) >= 0) {
                position++;
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    number++;
                    return new Line(start, number, bytes.toByteArray());
                }
                bytes.write(b);
            }
            if (bytes.size() == 0) {
                return null;
            }
            number++;
            return new Line(start, number, bytes.toByteArray());
        }
    }
}
