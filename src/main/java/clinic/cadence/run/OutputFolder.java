package clinic.cadence.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The out folder holds exactly one run. A new run is built in a staging folder beside it and
 * swapped in at the end, so a run that fails, is refused by --strict or is killed leaves the
 * previous run's files as they were, and no half-written file ever carries a final name.
 *
 * <p>The run it replaces is kept one generation back, beside it as {@code out.previous} (for an
 * out folder named {@code out}), so a mistaken week is undone by putting that folder back; the one
 * before is removed, so exactly one generation is kept. The swap is two renames (out to
 * {@code out.previous}, staging to out). A kill between them leaves the previous run whole under
 * {@code out.previous} and no out folder; the next run puts it back first.
 */
final class OutputFolder {
    /** Marks a folder as Cadence's own: we only ever replace a folder that holds a run. */
    static final String MARKER = "run.json";

    private final Path out;
    private final Path previous;
    private final Path staging;
    /** Where the generation before the previous one goes to be deleted, out of the way of a kill. */
    private final Path discarded;

    private OutputFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
        Path parent = this.out.getParent();
        String name = this.out.getFileName().toString();
        this.previous = parent.resolve(name + ".previous");
        this.staging = parent.resolve("." + name + ".new-" + ProcessHandle.current().pid());
        this.discarded = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid());
    }

    /**
     * Prepares a fresh staging folder beside {@code out}.
     *
     * @throws OutputException when {@code out} is a folder that holds something other than a run
     *     (we never delete what we did not write) or the parent cannot be written
     */
    static OutputFolder prepare(Path out) {
        OutputFolder folder = new OutputFolder(out);
        folder.recoverInterruptedSwap();
        folder.refuseForeignFolder();
        try {
            Files.createDirectories(folder.out.getParent());
            deleteTree(folder.staging);
            Files.createDirectory(folder.staging);
        } catch (IOException e) {
            throw OutputException.of("cannot create the run folder beside " + out, e);
        }
        return folder;
    }

    /** Where this run writes its files until {@link #publish()}. */
    Path staging() {
        return staging;
    }

    /** The run this one replaces, kept after {@link #publish()}: the folder to put back to undo a week. */
    Path previous() {
        return previous;
    }

    /** Swaps the staged run in as the out folder; the run it replaces becomes the one generation kept. */
    void publish() {
        try {
            if (Files.exists(out)) {
                // Renamed away before it is deleted: a kill mid-delete leaves a hidden folder the
                // next run clears, never a half-deleted out.previous.
                if (Files.exists(previous)) {
                    deleteTree(discarded);
                    Files.move(previous, discarded, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(discarded);
        } catch (IOException e) {
            throw OutputException.of("cannot put the new run in place at " + out, e);
        }
    }

    /**
     * Undoes a week: the run kept in {@code out.previous} becomes the out folder again, and the run
     * it had replaced is kept as {@code out.previous}, so doing it twice swaps back.
     *
     * @throws OutputException when there is no earlier run to put back
     */
    static void restorePrevious(Path outFolder) {
        OutputFolder folder = new OutputFolder(outFolder);
        folder.recoverInterruptedSwap();
        folder.refuseForeignFolder();
        if (!Files.exists(folder.previous.resolve(MARKER))) {
            throw new OutputException("there is no earlier run to put back: " + folder.previous + " does not exist");
        }
        try {
            // Same order as publish: a kill between the renames leaves the earlier run whole, put
            // back as the out folder by the next run.
            deleteTree(folder.discarded);
            if (Files.exists(folder.out)) {
                Files.move(folder.out, folder.discarded, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(folder.previous, folder.out, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(folder.discarded)) {
                Files.move(folder.discarded, folder.previous, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw OutputException.of("cannot put the earlier run back at " + folder.out, e);
        }
    }

    /** Drops the staged run; the previous run stays as it was. */
    void discard() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // The staging folder is hidden and is cleared by the next run; nothing final is affected.
        }
    }

    private void recoverInterruptedSwap() {
        try {
            if (!Files.exists(out) && Files.isDirectory(previous) && Files.exists(previous.resolve(MARKER))) {
                Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE);
            }
            clearStaleStaging();
        } catch (IOException e) {
            throw OutputException.of("cannot tidy up an interrupted earlier run beside " + out, e);
        }
    }

    /** Staging and discarded folders of runs that were killed: no process will finish them. */
    private void clearStaleStaging() throws IOException {
        Path parent = out.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String staged = "." + out.getFileName() + ".new-";
        String old = "." + out.getFileName() + ".old-";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
                .startsWith(staged) || p.getFileName().toString().startsWith(old))) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (!isLiveProcess(name.substring(name.startsWith(staged) ? staged.length() : old.length()))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static boolean isLiveProcess(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuseForeignFolder() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputException(out + " is a file, not a folder: choose another --out");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new OutputException(out + " holds files that Cadence did not write (no " + MARKER
                    + "): choose an empty or new folder for --out");
        }
        if (Files.exists(previous) && !(Files.isDirectory(previous) && (Files.exists(previous.resolve(MARKER))
                || isEmpty(previous)))) {
            throw new OutputException(previous + " holds files that Cadence did not write, and a run keeps the run "
                    + "it replaces there: move it away, or choose another --out");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw OutputException.of("cannot look into " + dir, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
