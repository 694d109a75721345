package clinic.cadence.words;

import clinic.cadence.UnusableInputException;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every language a run can write plans in: the catalogues shipped inside the jar
 * ({@code templates/messages/messages_<language>.properties}) with a clinic's own files over them.
 * Loaded and checked before anything is written: a message that is missing, does not parse, or
 * uses a value it does not have stops the run naming the file, the message and the line.
 */
public final class Catalogues {
    /** The languages shipped, English first: the reference every other catalogue is checked against. */
    public static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "pt");
    static final String FOLDER = "messages";
    private static final Pattern FILE = Pattern.compile("messages_([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\\.properties");

    /**
     * The values the plan page gives each group of messages (templates/README.md): any message of
     * the group may use any of them.
     */
    static final Map<String, Set<String>> PAGE_VALUES = Map.of(
            "page.", Set.of("weeks", "weeksCount", "from", "to", "planDate", "minutes", "next", "sessions",
                    "sessionsCount", "page", "pages"),
            "now.", Set.of("perWeek", "perWeekCount", "hasEnd", "end", "interval", "intervalCount"),
            "note.", Set.of("sessions", "sessionsCount"),
            "next.", Set.of("date", "interval", "intervalCount", "weekly", "weeklyCount", "pause", "pauseCount",
                    "eases"));

    private final Map<String, Catalogue> byTag;
    /** The languages whose catalogue a clinic's file changed or added. */
    private final Set<String> clinics;

    private Catalogues(Map<String, Catalogue> byTag, Set<String> clinics) {
        this.byTag = byTag;
        this.clinics = Set.copyOf(clinics);
    }

    /** The shipped catalogues only (tests, and runs without --templates). */
    public static Catalogues builtIn() {
        return Bundled.CATALOGUES;
    }

    private static final class Bundled {
        static final Catalogues CATALOGUES = load(null);
    }

    /**
     * @param templates the clinic's templates folder (its {@code messages/} subfolder is read), or null
     * @throws UnusableInputException naming the file, the message and the line of the first problem
     */
    public static Catalogues load(Path templates) {
        Map<String, Map<String, CatalogueFile.Entry>> builtIn = new LinkedHashMap<>();
        for (String tag : SHIPPED) {
            builtIn.put(tag, CatalogueFile.parse(resourceName(tag), resource(tag)));
        }
        Map<String, CatalogueFile.Entry> reference = builtIn.get("en");
        Map<String, Set<String>> allowed = allowedArguments(builtIn);
        Map<String, Catalogue> catalogues = new LinkedHashMap<>();
        builtIn.forEach((tag, entries) -> catalogues.put(tag, build(tag, entries, resourceName(tag), null,
                reference.keySet(), allowed)));
        Map<String, Path> own = templates == null ? Map.of() : clinicFiles(templates.resolve(FOLDER));
        for (Map.Entry<String, Path> file : own.entrySet()) {
            String tag = file.getKey();
            String name = file.getValue().toString();
            if (ULocale.forLanguageTag(tag).isRightToLeft()) {
                // Flying Saucer lays out no right-to-left paragraphs: an Arabic or Hebrew plan would
                // come out with its lines in the wrong order. Refused rather than printed wrong.
                throw new UnusableInputException(name + ": plans cannot be written in a right-to-left language"
                        + " yet (names in any script can); remove the file");
            }
            Map<String, CatalogueFile.Entry> entries = CatalogueFile.parse(name, read(file.getValue()));
            // pt-BR goes over the clinic's or the shipped pt; a language Cadence does not ship stands alone.
            Catalogue base = catalogues.getOrDefault(tag, catalogues.get(Locale.forLanguageTag(tag).getLanguage()));
            catalogues.put(tag, build(tag, entries, name, base, reference.keySet(), allowed));
        }
        Catalogues loaded = new Catalogues(catalogues, own.keySet());
        // The shipped messages are worded in every language by the tests; a clinic's are checked here.
        Specimens.check(loaded, loaded.clinics);
        return loaded;
    }

    /** The catalogue for a language tag as given (pt-BR), or its language's (pt); null when there is none. */
    public Catalogue find(Locale locale) {
        Catalogue exact = byTag.get(locale.toLanguageTag());
        return exact != null ? exact : byTag.get(locale.getLanguage());
    }

    /** The catalogue for a language the run knows; throws for one it does not (a programming error). */
    public Catalogue get(Locale locale) {
        Catalogue found = find(locale);
        if (found == null) {
            throw new IllegalArgumentException("no catalogue for " + locale.toLanguageTag());
        }
        return found;
    }

    /** The languages whose catalogue a clinic's own file changed or added (none for the shipped ones). */
    public Set<String> clinicTags() {
        return clinics;
    }

    /** The language tags with a catalogue, shipped ones first. */
    public Set<String> tags() {
        return byTag.keySet();
    }

    Map<String, Catalogue> all() {
        return byTag;
    }

    /** The resolver from a roster's language cell to a plan language, for a clinic whose default is {@code clinic}. */
    public PlanLanguage planLanguage(Locale clinic) {
        return new PlanLanguage(this, clinic);
    }

    // ---- loading

    /**
     * One language's catalogue: the file's messages over {@code base} (the shipped catalogue of the
     * same language) or, for a language Cadence does not ship, the file alone, which must then hold
     * every message.
     */
    private static Catalogue build(String tag, Map<String, CatalogueFile.Entry> entries, String name,
            Catalogue base, Set<String> keys, Map<String, Set<String>> allowed) {
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        Map<String, Catalogue.Message> messages = new HashMap<>();
        if (base != null) {
            for (String key : base.keys()) {
                messages.put(key, base.message(key));
            }
        }
        for (CatalogueFile.Entry entry : entries.values()) {
            if (!keys.contains(entry.key())) {
                throw new UnusableInputException(name + " line " + entry.line() + ": there is no message called "
                        + entry.key() + " (see templates/README.md for the list)");
            }
            check(name, entry, allowed.getOrDefault(entry.key(), Set.of()));
            messages.put(entry.key(), new Catalogue.Message(entry.key(), entry.text(), name, entry.line()));
        }
        for (String key : new TreeSet<>(keys)) {
            if (!messages.containsKey(key)) {
                throw new UnusableInputException(name + ": message " + key + " is missing (after line "
                        + lastLine(entries) + "; a language Cadence does not ship needs every message of"
                        + " messages_en.properties)");
            }
        }
        return new Catalogue(locale, messages);
    }

    private static int lastLine(Map<String, CatalogueFile.Entry> entries) {
        return entries.values().stream().mapToInt(CatalogueFile.Entry::line).max().orElse(0);
    }

    private static void check(String name, CatalogueFile.Entry entry, Set<String> allowed) {
        String where = name + " line " + entry.line() + ": message " + entry.key();
        MessagePattern pattern;
        try {
            pattern = Catalogue.parse(entry.text());
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(where + " is not a valid message: " + Problems.plain(e), e);
        }
        Set<String> names = Arguments.names(pattern);
        if (pattern.hasNumberedArguments()) {
            throw new UnusableInputException(where + ": use values by name, e.g. {weeks}, not by number");
        }
        for (String arg : new TreeSet<>(names)) {
            if (!allowed.contains(arg)) {
                throw new UnusableInputException(where + " uses {" + arg + "}, which it does not have"
                        + (allowed.isEmpty() ? " (it takes no values)" : "; it has " + String.join(", ",
                                new TreeSet<>(allowed).stream().map(a -> "{" + a + "}").toList())));
            }
        }
    }

    /** What each message may use: every value the shipped catalogues use, and every value of its findings. */
    private static Map<String, Set<String>> allowedArguments(Map<String, Map<String, CatalogueFile.Entry>> builtIn) {
        Map<String, Set<String>> allowed = new HashMap<>(Specimens.argumentNames());
        for (Map<String, CatalogueFile.Entry> entries : builtIn.values()) {
            for (CatalogueFile.Entry entry : entries.values()) {
                Set<String> names = allowed.computeIfAbsent(entry.key(), k -> new TreeSet<>());
                PAGE_VALUES.forEach((prefix, values) -> {
                    if (entry.key().startsWith(prefix)) {
                        names.addAll(values);
                    }
                });
                try {
                    names.addAll(Arguments.names(Catalogue.parse(entry.text())));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("shipped message " + entry.key() + " does not parse", e);
                }
            }
        }
        return allowed;
    }

    private static Map<String, Path> clinicFiles(Path folder) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path file : stream) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    throw new UnusableInputException(file + ": a catalogue is named messages_<language>.properties,"
                            + " e.g. messages_es.properties or messages_pt-BR.properties");
                }
                String tag = Locale.forLanguageTag(m.group(1).replace('_', '-')).toLanguageTag();
                if (files.put(tag, file) != null) {
                    throw new UnusableInputException(file + ": a second catalogue for " + tag);
                }
            }
        } catch (IOException e) {
            throw new UnusableInputException(folder + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static String resourceName(String tag) {
        return "templates/" + FOLDER + "/messages_" + tag + ".properties (built in)";
    }

    /** The shipped catalogue's bytes, also what --write-defaults writes. */
    public static byte[] resource(String tag) {
        try (InputStream in = Catalogues.class.getResourceAsStream("/templates/" + FOLDER + "/messages_" + tag
                + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("the jar has no catalogue for " + tag);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
