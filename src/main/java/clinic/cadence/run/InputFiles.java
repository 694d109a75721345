package clinic.cadence.run;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The files named on the command line, checked before anything is read: a file that is missing,
 * is a folder, or may not be read is named with what to do, in one line (exit status 3).
 */
final class InputFiles {
    private static final int LISTED = 4;

    private InputFiles() {
    }

    /** A file the run reads; {@code what} names it for the clinic ("roster"). Null: not given. */
    static void check(Path file, String what) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            List<String> inside = filesIn(file, what);
            throw new UnusableInputException("the " + what + " " + file + " is a folder, not a file"
                    + (inside.isEmpty() ? ": give the file itself" : "; the files in it: " + String.join(", ", inside)));
        }
        if (!Files.exists(file)) {
            throw new UnusableInputException("the " + what + " " + file + " does not exist" + nearMiss(file));
        }
        if (!Files.isReadable(file)) {
            throw new UnusableInputException("cannot read the " + what + " " + file + ": permission denied for "
                    + user() + "; ask whoever owns it for read access, or copy it somewhere you can read");
        }
    }

    /** A folder the run reads (the templates). */
    static void checkFolder(Path dir, String what) {
        if (dir == null) {
            return;
        }
        if (!Files.exists(dir)) {
            throw new UnusableInputException("the " + what + " " + dir + " does not exist" + nearMiss(dir));
        }
        if (!Files.isDirectory(dir)) {
            throw new UnusableInputException("the " + what + " " + dir + " is a file, not a folder: give the folder "
                    + "that holds plan.ftlh");
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new UnusableInputException("cannot read the " + what + " " + dir + ": permission denied for "
                    + user());
        }
    }

    /** "; did you mean X?" when the folder holds a name one slip away (case, a letter, the extension). */
    private static String nearMiss(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return parent == null ? "" : ": its folder " + parent + " does not exist either";
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
            for (Path sibling : siblings) {
                String candidate = sibling.getFileName().toString();
                String lower = candidate.toLowerCase(Locale.ROOT);
                // In half steps: a name that only lacks or adds letters at its end (roster.xls for
                // roster.xlsx) is nearer than one with another letter.
                int distance = 2 * distance(name, lower);
                if (stem(candidate).equalsIgnoreCase(stem(name))) {
                    distance = Math.min(distance, 2);
                }
                if (lower.startsWith(name) || name.startsWith(lower)) {
                    distance--;
                }
                if (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0) {
                    bestDistance = distance;
                    best = candidate;
                }
            }
        } catch (IOException e) {
            return "";
        }
        if (best == null || bestDistance > 2 * Math.max(2, name.length() / 4)) {
            return "";
        }
        Path suggestion = file.getParent() == null ? Path.of(best) : file.getParent().resolve(best);
        return "; did you mean " + suggestion + "?";
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The files of the kind meant in a folder given where a file was meant, the first few. */
    private static List<String> filesIn(Path dir, String what) {
        List<String> files = new ArrayList<>();
        String glob = what.startsWith("settings") || what.startsWith("rulebook") ? "*.properties"
                : "*.{csv,CSV,xlsx,XLSX}";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            for (Path entry : entries) {
                files.add(dir.resolve(entry.getFileName()).toString());
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        return files.size() <= LISTED ? files : files.subList(0, LISTED);
    }

    /** The user's name for messages; a user id without an account shows as "?" in Java. */
    static String user() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() || name.equals("?") ? "this user" : name;
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
