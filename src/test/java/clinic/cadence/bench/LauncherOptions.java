package clinic.cadence.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The launcher's JVM options (pom.xml's {@code cadence.jvm.options}, filled into
 * {@code jvm.properties} by the build), so the benchmark's JVMs run Cadence as the launcher does.
 */
final class LauncherOptions {
    private LauncherOptions() {
    }

    static List<String> get() {
        try (InputStream in = LauncherOptions.class.getResourceAsStream("jvm.properties")) {
            if (in == null) {
                throw new IllegalStateException("jvm.properties is missing: build with mvn package first");
            }
            Properties p = new Properties();
            p.load(in);
            String options = p.getProperty("options", "").strip();
            return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
