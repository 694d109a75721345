package clinic.cadence.run;

import clinic.cadence.roster.RosterReport;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.roster.Warning;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code run.json}: what went in and what came out of one run, with SHA-256 sums, so a run can be
 * checked and reproduced. Written last, over the files already in the staged folder.
 */
final class RunManifest {
    private RunManifest() {
    }

    /** @param inputs the roster and any other input files, as given on the command line */
    static void write(Path folder, LocalDate asOf, String toolVersion, List<Path> inputs, String rulebookSource,
            String rulebookSha256, RowCounts counts) {
        write(folder, asOf, toolVersion, inputs, rulebookSource, rulebookSha256, counts, RosterFindings.none(), 0,
                List.of());
    }

    /**
     * @param roster the roster's columns used, ignored and noted, and the planned clients' warnings
     * @param undrawable clients whose plan shows a placeholder for characters no font has
     * @param sections what other stages add (the changes, the outbox), after the roster's part
     */
    static void write(Path folder, LocalDate asOf, String toolVersion, List<Path> inputs, String rulebookSource,
            String rulebookSha256, RowCounts counts, RosterFindings roster, int undrawable,
            List<ManifestSection> sections) {
        List<Path> outputs = filesIn(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(OutputFolder.MARKER));
                JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("as_of", asOf.toString());
            json.writeStringField("tool_version", toolVersion);
            json.writeArrayFieldStart("inputs");
            for (Path input : inputs) {
                writeFile(json, slashes(input), input);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("rulebook");
            json.writeStringField("source", rulebookSource);
            json.writeStringField("sha256", rulebookSha256);
            json.writeEndObject();
            writeCounts(json, counts);
            json.writeNumberField("clients_with_undrawable_characters", undrawable);
            writeRoster(json, roster);
            for (ManifestSection section : sections) {
                section.write(json);
            }
            json.writeArrayFieldStart("outputs");
            for (Path output : outputs) {
                writeFile(json, slashes(folder.relativize(output)), output);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCounts(JsonGenerator json, RowCounts counts) throws IOException {
        json.writeObjectFieldStart("counts");
        json.writeNumberField("read", counts.read());
        json.writeNumberField("planned", counts.planned());
        json.writeNumberField("rejected", counts.rejected());
        json.writeNumberField("not_active", counts.notActive());
        json.writeEndObject();
    }

    /** "roster": which header fed which column and how, the headers ignored, the notes, the warnings by kind. */
    private static void writeRoster(JsonGenerator json, RosterFindings roster) throws IOException {
        json.writeObjectFieldStart("roster");
        json.writeArrayFieldStart("columns");
        for (RosterReport.ColumnUse use : roster.report().columns()) {
            json.writeStartObject();
            json.writeStringField("column", use.column());
            json.writeStringField("header", use.header());
            json.writeStringField("matched_by", use.how());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ignored");
        for (String header : roster.report().ignored()) {
            json.writeString(header);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (String note : roster.report().notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("warnings");
        json.writeNumberField("total", roster.warningCount());
        for (Warning.Kind kind : Warning.Kind.values()) {
            json.writeNumberField(kind.name().toLowerCase(java.util.Locale.ROOT), roster.warnings().getOrDefault(kind, 0));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeFile(JsonGenerator json, String name, Path file) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", name);
        json.writeStringField("sha256", sha256(file));
        json.writeEndObject();
    }

    /** Every file of the run, sorted by path so the manifest does not depend on the file system's order. */
    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted((a, b) -> slashes(folder.relativize(a)).compareTo(slashes(folder.relativize(b))))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
