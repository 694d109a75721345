package clinic.cadence.run;

import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
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
    static final List<String> TEMPLATE_FILES = List.of("plan.ftlh", "plan.css", "README.md",
            "email-subject.ftl", "email-subject_es.ftl", "email-subject_fr.ftl", "email-subject_de.ftl",
            "email-subject_pt.ftl", "email-body.ftl", "email-body_es.ftl", "email-body_fr.ftl", "email-body_de.ftl",
            "email-body_pt.ftl", "email-event.ftl", "email-event_es.ftl", "email-event_fr.ftl", "email-event_de.ftl",
            "email-event_pt.ftl");

    private Defaults() {
    }

    static void write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("templates"));
            Rulebook.writeDefaults(dir.resolve("rulebook.properties"));
            Settings.writeDefaults(dir.resolve("settings.properties"));
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
