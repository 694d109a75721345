package clinic.cadence.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The run's outputs could not be written (exit status 4); the message is one line for the manager. */
final class OutputException extends RuntimeException {
    OutputException(String message) {
        super(message);
    }

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code what}, then the file system's reason in plain words (permission, disk full, missing). */
    static OutputException of(String what, IOException e) {
        return new OutputException(what + ": " + reason(e), e);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + InputFiles.user() + " on " + denied.getFile()
                    + "; choose a folder you may write to, or ask whoever owns it";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof NotDirectoryException file) {
            return file.getFile() + " is a file, not a folder";
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (text != null && text.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return "the disk is full; free some space and run again";
        }
        return text == null ? "the file system refused" : text;
    }
}
