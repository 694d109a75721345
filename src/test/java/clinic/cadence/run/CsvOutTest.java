package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutTest {
    @TempDir
    Path dir;

    /** The run closes sessions.csv when the roster is done, and try-with-resources closes it again. */
    @Test
    void closingTwiceKeepsTheFileWhole() throws IOException {
        Path file = dir.resolve("sessions.csv");
        try (CsvOut csv = new CsvOut(file, "client_id", "minutes")) {
            csv.row("=A1", 60);
            csv.close();
        }
        assertEquals("\uFEFFclient_id,minutes\r\n'=A1,60\r\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
