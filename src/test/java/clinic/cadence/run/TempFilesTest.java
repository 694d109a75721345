package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary files are the run's own: in a folder of this user and process, removed after the run
 * (an error too), a killed run's removed by the next; so two users of one computer can run it.
 */
class TempFilesTest {
    /** A user id no account has: the second user of the computer. */
    private static final int OTHER_UID = 47_113;

    @TempDir
    Path dir;

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static List<Path> ourFolders() throws IOException {
        try (Stream<Path> entries = Files.list(tmp())) {
            return entries.filter(p -> p.getFileName().toString().startsWith(RunTempFolder.prefix())).toList();
        }
    }

    @Test
    void theRunsTempFolderIsGoneAfterTheRunAndAfterAnError() throws IOException {
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), dir.resolve("out"), "--threads", "1").status());
        assertEquals(List.of(), ourFolders());

        Path broken = RunFixture.roster(dir, "broken.csv", "client_id,first_name", "A1,Ada");
        assertEquals(3, RunFixture.plan(broken, dir.resolve("out")).status());
        assertEquals(List.of(), ourFolders());
    }

    @Test
    void aKilledRunsLeftoversAreRemovedByTheNextRun() throws IOException {
        // A process id that is not running: a run killed before it could tidy up.
        long dead = ProcessHandle.current().pid() + 1_000_000;
        Path leftover = Files.createDirectories(tmp().resolve(RunTempFolder.prefix() + dead));
        Files.write(leftover.resolve("poi-sxssf-sheet123.xml.gz"), new byte[4096]);

        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), dir.resolve("out"), "--no-pdf").status());

        assertFalse(Files.exists(leftover));
    }

    @Test
    void theTempFolderIsPrivateWhileTheRunUsesIt() throws IOException {
        try (RunTempFolder temp = RunTempFolder.create()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.dir())));
            File poi = org.apache.poi.util.TempFile.createTempFile("check", ".tmp");
            assertEquals(temp.dir().toFile(), poi.getParentFile(), "POI writes into the run's folder");
        }
    }

    /**
     * The first user runs Cadence, then a second user of the same computer (a throwaway uid, through
     * setpriv) runs it too. Before, the first run left POI's shared poifiles folder owned by the first
     * user, and the second failed with exit status 4. Runs only where the tests run as root.
     */
    @Test
    void twoUsersRunOneAfterTheOther() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(setpriv),
                "needs root and setpriv to run as a second user");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path roster = Files.copy(RunFixture.cleanRoster(dir), shared.resolve("roster.csv"));

        assertEquals(0, RunFixture.plan(roster, shared.resolve("first-user-out")).status(), "the first user");

        Path cp = readableClassPath(shared);
        Outcome second = asOtherUser(setpriv, cp, shared, "--roster", roster.toString(), "--out",
                shared.resolve("second-user-out").toString(), "--as-of", RunFixture.AS_OF, "--quiet");
        assertEquals(0, second.status(), "the second user: " + second.said());
        assertTrue(Files.exists(shared.resolve("second-user-out/capacity.xlsx")));
        assertEquals(OTHER_UID, Files.getAttribute(shared.resolve("second-user-out/run.json"), "unix:uid"));

        // Permission problems are said plainly: the second user may not write into the first one's
        // out folder, nor read a roster only the first may read.
        Outcome denied = asOtherUser(setpriv, cp, shared, "--roster", roster.toString(), "--out",
                shared.resolve("first-user-out/inside").toString(), "--as-of", RunFixture.AS_OF, "--quiet", "--no-pdf");
        assertEquals(4, denied.status(), denied.said());
        assertPlainOneLine(denied.said(), "permission denied for this user");
        Path secret = Files.copy(roster, shared.resolve("secret.csv"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Outcome unreadable = asOtherUser(setpriv, cp, shared, "--roster", secret.toString(), "--out",
                shared.resolve("third").toString(), "--as-of", RunFixture.AS_OF, "--quiet", "--no-pdf");
        assertEquals(3, unreadable.status(), unreadable.said());
        assertPlainOneLine(unreadable.said(), "cannot read the roster " + secret + ": permission denied");
    }

    private record Outcome(int status, String said) {
    }

    private Outcome asOtherUser(Path setpriv, Path cp, Path shared, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(setpriv.toString(), "--reuid=" + OTHER_UID,
                "--regid=" + OTHER_UID, "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Duser.home=" + shared, "-cp", cp.toString(), Cadence.class.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "other-user", ".log");
        Process p = new ProcessBuilder(command).directory(shared.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the second user's run did not finish");
        return new Outcome(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8).strip());
    }

    private static void assertPlainOneLine(String said, String expected) {
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.contains(expected), said);
        assertFalse(said.contains("Exception") || said.contains("java."), said);
    }

    /** The test's class path, with what the second user may not read (root's Maven folder) copied out. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static Path readableClassPath(Path shared) throws IOException {
        Path jars = Files.createDirectories(shared.resolve("jars"));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            // Copied, folders too: the clone may sit in a folder only the first user can enter.
            Path copy = jars.resolve(entries.size() + "-" + path.getFileName());
            if (Files.isRegularFile(path)) {
                Files.copy(path, copy);
                entries.add(copy.toString());
            } else if (Files.isDirectory(path)) {
                copyTree(path, copy);
                entries.add(copy.toString());
            }
        }
        Files.writeString(shared.resolve("classpath.txt"), String.join(File.pathSeparator, entries));
        try (Stream<Path> all = Files.walk(shared)) {
            all.forEach(f -> f.toFile().setReadable(true, false));
        }
        return Path.of(String.join(File.pathSeparator, entries));
    }
}
