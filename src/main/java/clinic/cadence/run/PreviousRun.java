package clinic.cadence.run;

import clinic.cadence.roster.RowCounts;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the run in the out folder (the one a new run would replace) says about itself: its as-of
 * date and row counts from run.json, and the clients it planned, from its sessions.csv.
 *
 * <p>The clients are kept as sorted 64-bit hashes of their ids, 8 bytes a client whatever the id,
 * read row by row; a hash collision could only hide one missing client among millions, and the
 * guard counts, it never decides about one client.
 */
final class PreviousRun {
    static final PreviousRun NONE = new PreviousRun(null, null, new long[0]);

    final LocalDate asOf;
    final RowCounts counts;
    private final long[] clients;
    private final BitSet seen;

    private PreviousRun(LocalDate asOf, RowCounts counts, long[] clients) {
        this.asOf = asOf;
        this.counts = counts;
        this.clients = clients;
        this.seen = new BitSet(clients.length);
    }

    /** The run in {@code out}, or NONE when there is none (a first run) or it cannot be read. */
    static PreviousRun in(Path out) {
        Path manifest = out.resolve(OutputFolder.MARKER);
        if (!Files.isRegularFile(manifest)) {
            return NONE;
        }
        try {
            LocalDate asOf = null;
            int[] counts = new int[4];
            List<String> countNames = List.of("read", "planned", "rejected", "not_active");
            try (JsonParser json = new JsonFactory().createParser(manifest.toFile())) {
                for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                    if (!token.isScalarValue()) {
                        continue;
                    }
                    JsonStreamContext object = json.getParsingContext();
                    String field = object.getCurrentName();
                    String parent = object.getParent() == null ? null : object.getParent().getCurrentName();
                    if ("as_of".equals(field) && object.getParent() != null && object.getParent().inRoot()) {
                        asOf = LocalDate.parse(json.getText());
                    } else if ("counts".equals(parent) && countNames.contains(field)) {
                        counts[countNames.indexOf(field)] = json.getIntValue();
                    }
                }
            }
            return new PreviousRun(asOf, new RowCounts(counts[0], counts[1], counts[2], counts[3]),
                    clients(out.resolve("sessions.csv")));
        } catch (IOException | RuntimeException e) {
            // A run.json we cannot read is no run to compare with; the out folder is still replaced as before.
            return NONE;
        }
    }

    boolean exists() {
        return asOf != null;
    }

    /** How many different clients the run planned (those with a session in its window). */
    int clientCount() {
        return clients.length;
    }

    /** Notes that the new run planned {@code clientId} (as written to sessions.csv). */
    void plannedNow(String csvClientId) {
        int index = Arrays.binarySearch(clients, hash(csvClientId));
        if (index >= 0) {
            seen.set(index);
        }
    }

    /** The run's clients that the new run has not planned so far. */
    int missingNow() {
        return clients.length - seen.cardinality();
    }

    private static long[] clients(Path sessions) throws IOException {
        if (!Files.isRegularFile(sessions)) {
            return new long[0];
        }
        long[] hashes = new long[1024];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(sessions, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            String last = null;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String id = row.get(0);
                // A client's sessions are written together: one slot per client, not per session
                // (a chain's sessions.csv has millions of rows; its clients fit in a small heap).
                if (id.equals(last)) {
                    continue;
                }
                last = id;
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = hash(id);
            }
        }
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** 64 bits from two independent 32-bit hashes of the id's characters. */
    static long hash(String id) {
        int fnv = 0x811C9DC5;
        for (int i = 0; i < id.length(); i++) {
            fnv = (fnv ^ id.charAt(i)) * 0x01000193;
        }
        return ((long) id.hashCode() << 32) | (fnv & 0xFFFFFFFFL);
    }
}
