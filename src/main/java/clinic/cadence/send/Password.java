package clinic.cadence.send;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The SMTP password: from the environment variable or from a file only its owner can read. Never
 * from the command line (other users see it in the process list) or a settings file (copied,
 * mailed, committed). Held only in memory and never printed.
 */
final class Password {
    static final String ENVIRONMENT_VARIABLE = "CADENCE_SMTP_PASSWORD";
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** Why there is no password to use: one line for the staff. */
    static final class Unusable extends Exception {
        Unusable(String oneLine) {
            super(oneLine);
        }
    }

    private Password() {
    }

    /** The password from {@code file} if given, else from the environment; null if neither has one. */
    static String read(Path file, Map<String, String> environment) throws Unusable {
        if (file != null) {
            return fromFile(file);
        }
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String fromFile(Path file) throws Unusable {
        try {
            if (!Files.isRegularFile(file)) {
                throw new Unusable("--password-file " + file + ": no such file");
            }
            String others = readableByOthers(file);
            if (others != null) {
                throw new Unusable("--password-file " + file + ": " + others + ", so Cadence will not use it; "
                        + "make it readable by its owner alone (chmod 600 " + file + ")");
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            // The first line; editors add a line end, which is not part of the password.
            int end = text.indexOf('\n');
            String line = (end < 0 ? text : text.substring(0, end));
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isEmpty()) {
                throw new Unusable("--password-file " + file + ": the file is empty");
            }
            return line;
        } catch (IOException e) {
            throw new Unusable("--password-file " + file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** What makes the file readable by someone other than its owner, or null if nothing does. */
    private static String readableByOthers(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
            open.addAll(posix.readAttributes().permissions());
            open.retainAll(OTHERS);
            return open.isEmpty() ? null : "other users may open it (permissions " + permissions(posix) + ")";
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return "Cadence cannot tell who may read it on this file system";
        }
        UserPrincipal owner = acl.getOwner();
        for (AclEntry entry : acl.getAcl()) {
            String who = entry.principal().getName();
            boolean system = who.endsWith("\\SYSTEM") || who.endsWith("\\Administrators");
            if (entry.type() == AclEntryType.ALLOW && !entry.principal().equals(owner) && !system) {
                return who + " may open it";
            }
        }
        return null;
    }

    private static String permissions(PosixFileAttributeView posix) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(posix.readAttributes().permissions());
    }
}
