package clinic.cadence.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.TempFile;

/**
 * The Clients sheet's links to the plan PDFs, kept on disk instead of in memory.
 *
 * <p>Why: SXSSF streams cells but keeps every hyperlink as an XSSF object until the end (about
 * 2 KB each: 200 MB and four times the time for 100,000 clients). So only the first link goes
 * through POI, which makes it write the sheet's {@code <hyperlinks>} element and relationships
 * part in their proper places; the others are appended here as XML to two temp files, and
 * {@link StableZip} splices them into those two elements when it copies the finished workbook.
 */
final class StreamedLinks implements AutoCloseable {
    private final Path hyperlinks;
    private final Path relationships;
    private final Writer hyperlinkXml;
    private final Writer relationshipXml;
    private int count;

    StreamedLinks() {
        try {
            // POI's temp-file place, beside SXSSF's own, so one setting governs them all.
            hyperlinks = TempFile.createTempFile("cadence-hyperlinks", ".xml").toPath();
            relationships = TempFile.createTempFile("cadence-relationships", ".xml").toPath();
            hyperlinkXml = Files.newBufferedWriter(hyperlinks, StandardCharsets.UTF_8);
            relationshipXml = Files.newBufferedWriter(relationships, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create temp files for the plan links", e);
        }
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
     * Where the links go in the finished workbook: the sheet's {@code <hyperlinks>} element and its
     * relationships part (zip entry names, e.g. {@code xl/worksheets/sheet5.xml}); none if no links.
     */
    Map<String, StableZip.Splice> splices(String sheetEntry, String relationshipsEntry) {
        if (count == 0) {
            return Map.of();
        }
        try {
            hyperlinkXml.flush();
            relationshipXml.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the plan links", e);
        }
        return Map.of(sheetEntry, new StableZip.Splice("</hyperlinks>", hyperlinks),
                relationshipsEntry, new StableZip.Splice("</Relationships>", relationships));
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
