package clinic.cadence.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies a zip (an .xlsx is one) with every entry stamped at one fixed time, so the same content
 * gives the same bytes: POI stamps entries with the time of writing. Entries are copied raw
 * (still compressed), in their order, without extra fields.
 */
final class StableZip {
    private StableZip() {
    }

    static void copy(Path from, Path to, LocalDate stamp) throws IOException {
        long time = dosTime(stamp);
        try (ZipFile zip = ZipFile.builder().setPath(from).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(to)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTime(time);
                try (InputStream raw = zip.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(copy, raw);
                }
            }
        }
    }

    /**
     * Zip keeps local wall-clock time (DOS format), converted through the JVM's time zone; noon of
     * the stamp day in that zone gives the same stored fields in every zone (and misses DST gaps).
     */
    private static long dosTime(LocalDate stamp) {
        return stamp.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
