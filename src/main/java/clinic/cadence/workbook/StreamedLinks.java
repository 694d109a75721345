package clinic.cadence.workbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * The Clients sheet's links to the plan PDFs, kept on disk instead of in memory.
 *
 * <p>Why: SXSSF streams cells but keeps every hyperlink as an XSSF object until the end (about
 * 2 KB each: 200 MB and four times the time for 100,000 clients). So only the first link goes
 * through POI, which makes it write the sheet's {@code <hyperlinks>} element and relationships
 * part in their proper places; the others are appended here as XML to two temp files, and
 * spliced into those two elements when the finished workbook is copied to its final place.
 */
final class StreamedLinks implements AutoCloseable {
    private static final byte[] END_OF_HYPERLINKS = "</hyperlinks>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_RELATIONSHIPS = "</Relationships>".getBytes(StandardCharsets.US_ASCII);

    private final Path hyperlinks;
    private final Path relationships;
    private final Writer hyperlinkXml;
    private final Writer relationshipXml;
    private int count;

    StreamedLinks() {
        try {
            hyperlinks = Files.createTempFile("cadence-hyperlinks", ".xml");
            relationships = Files.createTempFile("cadence-relationships", ".xml");
            hyperlinkXml = Files.newBufferedWriter(hyperlinks, StandardCharsets.UTF_8);
            relationshipXml = Files.newBufferedWriter(relationships, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create temp files for the plan links", e);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** @param address a relative URI (already percent-encoded), e.g. {@code plans/North/C1-Ann%20Lee.pdf} */
    void add(String cellRef, String address) {
        count++;
        String id = "rIdPlan" + count;
        try {
            hyperlinkXml.write("<hyperlink ref=\"" + cellRef + "\" r:id=\"" + id + "\"/>");
            relationshipXml.write("<Relationship Id=\"" + id + "\" Type=\"" + PackageRelationshipTypes.HYPERLINK_PART
                    + "\" Target=\"" + escape(address) + "\" TargetMode=\"External\"/>");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the plan links", e);
        }
    }

    /**
     * Copies the workbook {@code from} to {@code to}, adding the links to the sheet part and its
     * relationships part (zip entry names, e.g. {@code xl/worksheets/sheet5.xml}). Other entries
     * are copied still compressed; every entry keeps its time, so the output stays reproducible.
     */
    void copyWithLinks(Path from, Path to, String sheetEntry, String relationshipsEntry) throws IOException {
        hyperlinkXml.flush();
        relationshipXml.flush();
        Map<String, Splice> splices = Map.of(sheetEntry, new Splice(END_OF_HYPERLINKS, hyperlinks),
                relationshipsEntry, new Splice(END_OF_RELATIONSHIPS, relationships));
        try (ZipFile zip = ZipFile.builder().setPath(from).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(to)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                Splice splice = splices.get(entry.getName());
                if (splice == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                    continue;
                }
                ZipArchiveEntry changed = new ZipArchiveEntry(entry.getName());
                changed.setMethod(ZipArchiveEntry.DEFLATED);
                changed.setTime(entry.getTime());
                out.putArchiveEntry(changed);
                try (InputStream in = zip.getInputStream(entry)) {
                    splice.copy(in, out);
                }
                out.closeArchiveEntry();
            }
        }
    }

    /**
     * Inserts a file's content just before the first occurrence of a closing tag. Works on arrays
     * rather than stream read()/write() per byte: the Clients sheet of a large roster is many MB.
     */
    private record Splice(byte[] before, Path content) {
        void copy(InputStream in, OutputStream target) throws IOException {
            Bytes out = new Bytes(target);
            byte[] chunk = new byte[1 << 16];
            int matched = 0;
            boolean done = false;
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                for (int i = 0; i < n; i++) {
                    byte b = chunk[i];
                    if (!done && b == before[matched]) {
                        if (++matched == before.length) {
                            out.flush();
                            Files.copy(content, target);
                            out.put(before, matched);
                            matched = 0;
                            done = true;
                        }
                        continue;
                    }
                    // The tags start with '<', which occurs nowhere else in them: a failed match
                    // can only restart at the current byte.
                    out.put(before, matched);
                    matched = 0;
                    if (!done && b == before[0]) {
                        matched = 1;
                    } else {
                        out.put(b);
                    }
                }
            }
            out.put(before, matched);
            out.flush();
            if (!done) {
                throw new IOException("no " + new String(before, StandardCharsets.US_ASCII) + " to add the links to");
            }
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

    private static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&apos;").replace("<", "&lt;");
    }

    @Override
    public void close() {
        try {
            hyperlinkXml.close();
            relationshipXml.close();
            Files.deleteIfExists(hyperlinks);
            Files.deleteIfExists(relationships);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the plan links' temp files", e);
        }
    }
}
