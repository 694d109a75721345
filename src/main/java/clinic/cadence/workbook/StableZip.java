package clinic.cadence.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies the workbook POI wrote (an .xlsx is a zip) to its final place so that the same content
 * gives the same bytes on any machine, optionally inserting XML into some entries on the way.
 *
 * <p>Why: POI leaves the entries' times unset, and zip stores local wall-clock time, so the
 * stored times came out different in different time zones. Here every entry gets noon of the
 * as-of day. Unchanged entries are copied still compressed.
 */
final class StableZip {
    private StableZip() {
    }

    /** XML to insert into one entry, just before the first occurrence of a closing tag. */
    record Splice(String closingTag, Path content) {
    }

    /** @param splices by zip entry name, e.g. {@code xl/worksheets/sheet5.xml} */
    static void copy(Path from, Path to, LocalDate stamp, Map<String, Splice> splices) throws IOException {
        long time = wallClockNoon(stamp);
        try (ZipFile zip = ZipFile.builder().setPath(from).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(to)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                Splice splice = splices.get(entry.getName());
                if (splice == null) {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(entry.getMethod());
                    copy.setCrc(entry.getCrc());
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getCompressedSize());
                    copy.setTime(time);
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(copy, raw);
                    }
                    continue;
                }
                ZipArchiveEntry changed = new ZipArchiveEntry(entry.getName());
                changed.setMethod(ZipArchiveEntry.DEFLATED);
                changed.setTime(time);
                out.putArchiveEntry(changed);
                try (InputStream in = zip.getInputStream(entry)) {
                    insertBefore(in, out, splice.closingTag().getBytes(StandardCharsets.US_ASCII), splice.content());
                }
                out.closeArchiveEntry();
            }
        }
    }

    /**
     * Zip's times are converted through the JVM's time zone; noon of the day in that zone gives
     * the same stored fields in every zone (and is clear of daylight-saving jumps).
     */
    private static long wallClockNoon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /**
     * Copies {@code in}, inserting {@code content} before the first {@code tag}. Works on arrays
     * rather than per-byte stream calls: the Clients sheet of a large roster is many MB.
     */
    private static void insertBefore(InputStream in, OutputStream target, byte[] tag, Path content)
            throws IOException {
        Bytes out = new Bytes(target);
        byte[] chunk = new byte[1 << 16];
        int matched = 0;
        boolean done = false;
        for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (!done && b == tag[matched]) {
                    if (++matched == tag.length) {
                        out.flush();
                        Files.copy(content, target);
                        out.put(tag, matched);
                        matched = 0;
                        done = true;
                    }
                    continue;
                }
                // A closing tag starts with '<', which occurs nowhere else in it: a failed match
                // can only restart at the current byte.
                out.put(tag, matched);
                matched = 0;
                if (!done && b == tag[0]) {
                    matched = 1;
                } else {
                    out.put(b);
                }
            }
        }
        out.put(tag, matched);
        out.flush();
        if (!done) {
            throw new IOException("no " + new String(tag, StandardCharsets.US_ASCII) + " to insert into");
        }
    }

    /** An unsynchronised output buffer. */
    private static final class Bytes {
        private final OutputStream target;
        private final byte[] buffer = new byte[1 << 16];
        private int length;

        Bytes(OutputStream target) {
            this.target = target;
        }

        void put(byte b) throws IOException {
            if (length == buffer.length) {
                flush();
            }
            buffer[length++] = b;
        }

        void put(byte[] bytes, int count) throws IOException {
            for (int i = 0; i < count; i++) {
                put(bytes[i]);
            }
        }

        void flush() throws IOException {
            target.write(buffer, 0, length);
            length = 0;
        }
    }
}
