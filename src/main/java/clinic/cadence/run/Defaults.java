package clinic.cadence.run;

import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes the built-in rulebook, settings and templates out, for a clinic to start its own from. */
final class Defaults {
    /** The template files inside the jar (the top-level templates/ folder of the source). */
    static final List<String> TEMPLATE_FILES = List.of("plan.ftlh", "plan.css", "README.md");

    private Defaults() {
    }

    static void write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("templates"));
            Rulebook.writeDefaults(dir.resolve("rulebook.properties"));
            Settings.writeDefaults(dir.resolve("settings.properties"));
            Files.createDirectories(dir.resolve("templates").resolve("messages"));
            for (String tag : Catalogues.SHIPPED) {
                Files.write(dir.resolve("templates").resolve("messages").resolve("messages_" + tag + ".properties"),
                        Catalogues.resource(tag));
            }
            for (String name : TEMPLATE_FILES) {
                try (InputStream in = Defaults.class.getResourceAsStream("/templates/" + name)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve("templates").resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new OutputException("cannot write the defaults to " + dir + ": " + e.getMessage(), e);
        }
    }
}
