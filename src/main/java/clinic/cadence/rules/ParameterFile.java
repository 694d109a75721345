package clinic.cadence.rules;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A rulebook or settings file as a clinic manager writes it: {@code name = value} lines, {@code #}
 * comments, blank lines. Read by hand rather than with {@link java.util.Properties} because every
 * problem must name its line, and a misspelt or repeated name must stop the run instead of being
 * silently ignored or overridden.
 */
final class ParameterFile {

    /** One {@code name = value} line. */
    record Line(int number, String name, String value) {
    }

    private final String fileName;
    private final byte[] bytes;
    private final List<Line> lines;
    private final Map<String, String> meanings;

    private ParameterFile(String fileName, byte[] bytes, List<Line> lines, Map<String, String> meanings) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.lines = lines;
        this.meanings = meanings;
    }

    /** A clinic's file; every name must be one of {@code known}. */
    static ParameterFile read(Path file, Set<String> known, String kind) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot read the " + kind + " file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return parse(file.toString(), bytes, known, kind);
    }

    /** The file shipped inside the jar, the source of the defaults and of every parameter's meaning. */
    static ParameterFile bundled(String resource, Set<String> known, String kind) {
        try (InputStream in = ParameterFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return parse(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes(), known, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParameterFile parse(String fileName, byte[] bytes, Set<String> known, String kind) {
        String[] text = decode(bytes).split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < text.length; i++) {
            String raw = text[i].strip();
            int number = i + 1;
            if (raw.isEmpty()) {
                comment.setLength(0);
                continue;
            }
            if (raw.startsWith("#") || raw.startsWith("!")) {
                comment.append(comment.length() == 0 ? "" : " ").append(raw.substring(1).strip());
                continue;
            }
            int eq = raw.indexOf('=');
            if (eq < 0) {
                throw new UnusableInputException(fileName + " line " + number + ": '" + raw
                        + "' is not a parameter: write name = value, or start a comment with #");
            }
            String name = raw.substring(0, eq).strip();
            String value = raw.substring(eq + 1).strip();
            if (!known.contains(name)) {
                throw new UnusableInputException(fileName + " line " + number + ": '" + name + "' is not a " + kind
                        + " parameter" + suggestion(name, known));
            }
            Integer before = seen.putIfAbsent(name, number);
            if (before != null) {
                throw new UnusableInputException(fileName + " line " + number + ": " + name
                        + " is set twice (also on line " + before + "): keep one");
            }
            lines.add(new Line(number, name, value));
            meanings.put(name, comment.toString());
            comment.setLength(0);
        }
        return new ParameterFile(fileName, bytes, List.copyOf(lines), meanings);
    }

    /** UTF-8 (with or without BOM) as we ship it; Windows-1252 when Notepad saved it as "ANSI". */
    private static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String suggestion(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean " + best + "?)"
                : ": see the default file for the names";
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }

    /** The one-line message for a value that is not allowed. */
    UnusableInputException invalid(Line line, String allowed) {
        return new UnusableInputException(fileName + " line " + line.number() + ": " + line.name() + " = '"
                + line.value() + "': expected " + allowed);
    }

    /** A whole number from {@code min} to {@code max}; {@code unit} says what it counts. */
    int wholeNumber(Line line, int min, int max, String unit) {
        String value = line.value();
        boolean digits = !value.isEmpty() && value.length() <= 4 && value.chars().allMatch(Character::isDigit);
        int number = digits ? Integer.parseInt(value) : -1;
        if (!digits || number < min || number > max) {
            throw invalid(line, "a whole number" + (unit.isEmpty() ? "" : " of " + unit) + " from " + min + " to "
                    + max);
        }
        return number;
    }

    String fileName() {
        return fileName;
    }

    List<Line> lines() {
        return lines;
    }

    /** Each name's meaning: the comment lines right above it. In file order. */
    Map<String, String> meanings() {
        return meanings;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Copies the shipped file out for a clinic to start from. */
    static void write(String resource, Path file, String kind) {
        try (InputStream in = ParameterFile.class.getResourceAsStream(resource)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot write the default " + kind + " file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }
}
