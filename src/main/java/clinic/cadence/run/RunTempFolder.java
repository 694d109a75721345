package clinic.cadence.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * A temporary folder of this run's own, for POI's streamed sheets and Cadence's temporary files:
 * readable by this user only, removed when the run ends (after an error too), and its name carries
 * the user and the process id, so the next run of the same user removes what a killed run left.
 *
 * <p>POI's default is one shared {@code poifiles} folder in the system's temp folder: the first user
 * to run owns it, and every other user of the computer then failed to write the workbook.
 */
final class RunTempFolder implements AutoCloseable {
    private final Path dir;

    private RunTempFolder(Path dir) {
        this.dir = dir;
    }

    static RunTempFolder create() {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        String prefix = prefix();
        removeLeftovers(base, prefix);
        try {
            Path dir = base.resolve(prefix + ProcessHandle.current().pid());
            OutputFolder.deleteTree(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            return new RunTempFolder(dir);
        } catch (IOException e) {
            throw OutputException.of("cannot make the run's temporary folder in " + base, e);
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        try {
            OutputFolder.deleteTree(dir);
        } catch (IOException e) {
            // Left for the next run of this user to remove; the run's outputs are not affected.
        }
    }

    /** cadence-USER-: one user's runs; the process id follows. */
    static String prefix() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return "cadence-" + user.toLowerCase(Locale.ROOT) + "-";
    }

    /** Folders of this user's runs whose process is gone (killed): nothing will finish them. */
    private static void removeLeftovers(Path base, String prefix) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, prefix + "*")) {
            for (Path entry : entries) {
                String pid = entry.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d{1,19}") && !alive(Long.parseLong(pid))) {
                    try {
                        OutputFolder.deleteTree(entry);
                    } catch (IOException e) {
                        // Another user's, or in use: not ours to force.
                    }
                }
            }
        } catch (IOException e) {
            // No listing of the temp folder: nothing to tidy.
        }
    }

    private static boolean alive(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
