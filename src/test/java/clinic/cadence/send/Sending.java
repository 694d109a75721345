package clinic.cadence.send;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocketFactory;

/** Runs {@code cadence send} in this JVM as the command line would, and keeps what it printed. */
final class Sending {

    /** The exit status and what was printed. */
    record Outcome(int status, String stdout, String stderr) {
        List<String> errorLines() {
            return stderr.isEmpty() ? List.of() : List.of(stderr.split("\\R"));
        }
    }

    private Sending() {
    }

    static Outcome run(Map<String, String> environment, SSLSocketFactory tls, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = SendCommand.run(new SendCommand(o, e, environment, tls), args);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A settings file with these smtp.* lines (the rest built in). */
    static Path settings(Path folder, String... lines) throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** The ledger's lines after the header. */
    static List<String> ledger(Path out) throws IOException {
        Path file = out.resolveSibling(out.getFileName() + ".sent").resolve("ledger.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(0);
        return lines;
    }

    /** Every file under {@code folder}, for looking for what must not be there. */
    static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
