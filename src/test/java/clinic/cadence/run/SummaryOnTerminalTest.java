package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.jline.builtins.ScreenTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run on a real terminal: Cadence in a pseudo-terminal (util-linux {@code script}), its output
 * played on a VT100 screen, and the screen read as the manager would read it. The progress bar
 * moves the cursor; the summary line must still be there, whole, under it.
 */
class SummaryOnTerminalTest {
    private static final int WIDTH = 200;
    private static final int HEIGHT = 40;

    @TempDir
    Path dir;

    @Test
    void theSummaryLineSurvivesTheProgressBar() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "no util-linux script here to make a pseudo-terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "stty cols " + WIDTH + " rows " + HEIGHT + "; exec " + quote(java) + " -cp "
                + quote(System.getProperty("java.class.path")) + " " + Cadence.class.getName() + " --roster "
                + quote(RunFixture.SAMPLE_ROSTER.toAbsolutePath().toString()) + " --out out --as-of " + RunFixture.AS_OF + " --no-pdf --threads 1";
        Path typescript = dir.resolve("terminal.txt");
        // Run in the temp folder with --out out, so the summary fits on one line of the screen.
        Process p = new ProcessBuilder(script.toString(), "-qfec", command, "/dev/null").directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(typescript.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not finish");
        assertEquals(1, p.exitValue(), "the sample has rejected rows");

        String raw = Files.readString(typescript, StandardCharsets.UTF_8);
        assertTrue(raw.contains("\u001b["), "no progress bar was drawn: not a terminal? " + raw);
        ScreenTerminal screen = new ScreenTerminal(WIDTH, HEIGHT);
        screen.write(raw);
        List<String> lines = screen.toString().lines().map(String::stripTrailing).toList();

        Pattern summary = Pattern.compile("\\d+ rows read = \\d+ planned \\+ "
                + "\\d+ rejected \\+ \\d+ not active\\. Wrote no plans \\(--no-pdf\\), capacity\\.xlsx, sessions\\.csv to .*");
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (summary.matcher(lines.get(i)).matches()) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the summary line is not on the screen:\n" + String.join("\n", lines));
        assertTrue(lines.get(at).contains("rejected rows are in"), "the summary line is cut:\n" + lines.get(at));
        int bar = -1;
        for (int i = 0; i < at; i++) {
            if (lines.get(i).startsWith("Planning 100%")) {
                bar = i;
            }
        }
        assertTrue(bar >= 0, "the finished progress bar is not above the summary:\n" + String.join("\n", lines));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
