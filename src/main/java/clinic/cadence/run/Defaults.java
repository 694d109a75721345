package clinic.cadence.run;

import clinic.cadence.UnusableInputException;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the built-in rulebook, settings and templates out, for a clinic to start its own from.
 * A file already there is the clinic's own work: it is kept unless the clinic asks to overwrite.
 */
final class Defaults {
    /** The template files inside the jar (the top-level templates/ folder of the source). */
    static final List<String> TEMPLATE_FILES = List.of("plan.ftlh", "plan.css", "README.md",
            "email-subject.ftl", "email-subject_es.ftl", "email-subject_fr.ftl", "email-subject_de.ftl",
            "email-subject_pt.ftl", "email-body.ftl", "email-body_es.ftl", "email-body_fr.ftl", "email-body_de.ftl",
            "email-body_pt.ftl", "email-event.ftl", "email-event_es.ftl", "email-event_fr.ftl", "email-event_de.ftl",
            "email-event_pt.ftl");

    /** What a call wrote and what it left alone, as paths relative to the folder ("templates/plan.css"). */
    record Written(List<String> written, List<String> kept) {
    }

    private Defaults() {
    }

    static Written write(Path dir, boolean overwrite) {
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new OutputException(dir + " is a file, not a folder: give --write-defaults a folder");
            }
            Files.createDirectories(dir.resolve("templates"));
            if (write(dir, "rulebook.properties", overwrite, written, kept)) {
                Rulebook.writeDefaults(dir.resolve("rulebook.properties"));
            }
            if (write(dir, "settings.properties", overwrite, written, kept)) {
                Settings.writeDefaults(dir.resolve("settings.properties"));
            }
            Files.createDirectories(dir.resolve("templates").resolve("messages"));
            for (String tag : Catalogues.SHIPPED) {
                String name = "templates/messages/messages_" + tag + ".properties";
                if (write(dir, name, overwrite, written, kept)) {
                    Files.write(dir.resolve(name), Catalogues.resource(tag));
                }
            }
            for (String name : TEMPLATE_FILES) {
                if (write(dir, "templates/" + name, overwrite, written, kept)) {
                    try (InputStream in = Defaults.class.getResourceAsStream("/templates/" + name)) {
                        if (in != null) {
                            Files.copy(in, dir.resolve("templates").resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw OutputException.of("cannot write the defaults to " + dir, e);
        } catch (UnusableInputException e) {
            throw new OutputException(e.getMessage(), e);
        }
        return new Written(List.copyOf(written), List.copyOf(kept));
    }

    /** Whether to write {@code name}; sorts it into what is written or kept. */
    private static boolean write(Path dir, String name, boolean overwrite, List<String> written, List<String> kept) {
        if (Files.exists(dir.resolve(name)) && !overwrite) {
            kept.add(name);
            return false;
        }
        written.add(name);
        return true;
    }
}
