package clinic.cadence.pdf;

import clinic.cadence.client.Client;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each client's plan its path under the out folder: {@code plans/<location>/<id>-<name>.pdf}
 * (no location folder when the client has none), with {@code /} separators. Names are safe on
 * Windows, macOS and Linux whatever the data holds, and distinct even on case-insensitive file
 * systems. Call in roster order (one thread), so the same roster gives the same names.
 */
public final class PlanFileNames {
    /** Bytes of UTF-8, well under the 255 that every common file system allows for one name. */
    static final int MAX_FILE_STEM_BYTES = 100;
    static final int MAX_FOLDER_BYTES = 60;

    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    /** Case-folded path already given, so "Anna" and "ANNA" do not land on one file on Windows or macOS. */
    private final Set<String> taken = new HashSet<>();
    /** The first spelling of each location folder, so "harbour" and "Harbour" share one folder name. */
    private final Map<String, String> folders = new HashMap<>();

    public String assign(Client client) {
        String folder = folder(client.location());
        String stem = stem(client);
        String name = stem;
        for (int n = 2; !taken.add(fold(folder + "/" + name)); n++) {
            name = stem + "-" + n;
        }
        return "plans/" + (folder.isEmpty() ? "" : folder + "/") + name + ".pdf";
    }

    private String folder(String location) {
        String safe = safe(location, MAX_FOLDER_BYTES);
        if (safe.isEmpty()) {
            return "";
        }
        return folders.computeIfAbsent(fold(safe), k -> safe);
    }

    private static String stem(Client client) {
        String id = safe(client.id(), MAX_FILE_STEM_BYTES / 2);
        String name = safe(client.displayName(), MAX_FILE_STEM_BYTES - id.getBytes(StandardCharsets.UTF_8).length - 1);
        String stem = id.isEmpty() ? name : name.isEmpty() ? id : id + "-" + name;
        return stem.isEmpty() ? "client" : stem;
    }

    /**
     * One path component: letters and digits of any script kept; separators, punctuation that some
     * system forbids, control characters and spaces become {@code _}; no leading dot or dash, no
     * trailing dot or space; a reserved Windows device name gets a leading {@code _}; at most
     * {@code maxBytes} of UTF-8.
     */
    static String safe(String text, int maxBytes) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> out.append(allowed(cp) ? Character.toString(cp) : "_"));
        String s = out.toString().replaceAll("_+", "_").replaceAll("^[._-]+", "").replaceAll("[._ -]+$", "");
        s = truncate(s, Math.max(0, maxBytes)).replaceAll("[._ -]+$", "");
        if (RESERVED.matcher(s).matches()) {
            s = "_" + s;
        }
        return s;
    }

    private static boolean allowed(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == '-' || cp == '.';
    }

    private static String truncate(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int size = Character.toString(cp).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** How a case-insensitive file system compares names (near enough: upper then lower folds ß to ss). */
    private static String fold(String path) {
        return path.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
