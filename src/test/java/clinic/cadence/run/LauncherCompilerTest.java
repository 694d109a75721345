package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher ({@code src/main/launcher/cadence}, as the build fills it in) gives a small
 * roster the quick compiler only and a big one Java's default, read off the biggest file among
 * its arguments. Run for real: the shell script starts the real JVM, which prints the compiler
 * level it was given ({@code -XX:+PrintFlagsFinal}) before it looks for the jar.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherCompilerTest {
    private static final Pattern LEVEL = Pattern.compile("TieredStopAtLevel\\s*=\\s*(\\d)");

    @ParameterizedTest(name = "{0}, {1} bytes as {2}: compiler level {3}")
    @CsvSource({
        "roster.csv, 40000, positional, 1",
        "roster.csv, 40000, --roster=, 1",
        "roster.csv, 2000000, positional, 4",
        "roster.csv, 2000000, --roster=, 4",
        "roster.xlsx, 300000, positional, 4",
        "roster.xlsx, 150000, positional, 1",
        "none, 0, positional, 1"})
    void the_roster_size_chooses_the_compiler(String name, int bytes, String form, int level, @TempDir Path dir)
            throws IOException, InterruptedException {
        Path launcher = dir.resolve("cadence");
        String script = Files.readString(Path.of("src/main/launcher/cadence"), StandardCharsets.UTF_8)
                .replace("@cadence.jvm.options@", "-XX:+UseSerialGC");
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        emptyJar(dir.resolve("cadence.jar"));
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString(), "--as-of", "2026-11-23"));
        if (!name.equals("none")) {
            Path roster = dir.resolve(name);
            Files.write(roster, new byte[bytes]);
            command.add(form.equals("positional") ? roster.toString() : form + roster);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("CADENCE_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Matcher m = LEVEL.matcher(out);
        assertTrue(m.find(), "the JVM printed its flags: " + out.substring(0, Math.min(300, out.length())));
        assertEquals(level, Integer.parseInt(m.group(1)));
        // The jar beside this copy of the launcher has no program: the JVM stops there, after printing its flags.
        assertTrue(out.contains("clinic.cadence.NoProgram"), out.substring(Math.max(0, out.length() - 300)));
    }

    /** A jar whose main class is missing: enough for the JVM to start and print its flags. */
    private static void emptyJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "clinic.cadence.NoProgram");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }
}
