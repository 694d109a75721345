package clinic.cadence.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the real command in-process and snapshots what it wrote. */
final class RunFixture {
    static final String AS_OF = "2026-11-23";
    static final Path SAMPLE_ROSTER = Path.of("sample-data", "roster.csv");

    private RunFixture() {
    }

    record Outcome(int status, String stdout, String stderr) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cadence.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run of {@code roster} into {@code out} as of the fixed date, quiet, plus any extra arguments. */
    static Outcome plan(Path roster, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--roster", roster.toString(), "--out", out.toString(),
                "--as-of", AS_OF, "--quiet"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Every file below {@code dir} (relative path with '/') with its SHA-256. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(f ->
                    files.put(dir.relativize(f).toString().replace('\\', '/'), RunManifest.sha256(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes a CSV roster with the given data lines under the sample's kind of header. */
    static Path roster(Path dir, String name, String header, String... lines) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String HEADER = "client_id,first_name,last_name,condition,pain_level,episode_start,location,therapist";

    /** A small roster every row of which is valid and active. */
    static Path cleanRoster(Path dir) {
        return roster(dir, "clean.csv", HEADER,
                "A1,Ada,Lovelace,acute,6,2026-11-09,Harbour Street,Maya Okafor",
                "A2,Björn,Ek,chronic,2,2026-05-04,Riverside,Sofia Núñez",
                "A3,王,芳,wellness,0,,,");
    }
}
