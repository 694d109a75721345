package clinic.cadence.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a large, realistic client roster for the benchmark: every condition, pain levels, dates
 * spread over the months before a fixed as-of date, modalities, activities, stress, some relief
 * days, budgets and availability, 2 to 6 sites, about one therapist per 40 clients, names in
 * Latin, Greek, Cyrillic and CJK scripts, about 1 % bad rows and 3 % paused or discharged rows.
 *
 * <p>Deterministic: {@link Random} with a fixed seed (its algorithm is specified by the JDK), no
 * clock, so the same seed and size give the same bytes on every machine. Rows are written as they
 * are made, so a million rows need no more memory than ten.
 */
public final class RosterGenerator {
    /** The plan date the generated dates are spread before. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static final String[] HEADER = {"client_id", "first_name", "last_name", "condition", "pain_level",
        "intake_pain", "episode_start", "last_visit", "massage_type", "activity", "stress_level",
        "relief_days", "max_sessions_per_month", "available_days", "session_minutes", "location",
        "therapist", "email", "status"};

    private static final String[] SITE_NAMES = {"Harbour Street", "Riverside", "Old Town", "Northgate",
        "Lakeside", "Station Road"};
    private static final String[] MASSAGE_TYPES = {"swedish", "relaxation", "hot_stone", "sports", "myofascial",
        "therapeutic", "therapeutic", "deep_tissue", "trigger_point", "other", "", ""};
    private static final String[] ACTIVITIES = {"sedentary", "moderate", "moderate", "strenuous", "athlete",
        "desk job", "physical job", ""};
    private static final String[] STRESS = {"low", "moderate", "moderate", "high", ""};
    private static final String[] DAYS = {"Mon-Fri", "Mon, Wed, Fri", "Tue/Thu/Sat", "Sat", "Mon;Thu",
        "Monday Tuesday", "Mon-Sat", "Wed", "Sun"};
    private static final String[] MINUTES = {"60", "60", "60", "45", "30", "75", "90", "120", "60 min"};

    /** One kind of mistake per bad row, as real exports and hand-kept sheets have them. */
    private enum Mistake {
        HALF_PAIN, UNKNOWN_CONDITION, AMBIGUOUS_DATE, FUTURE_DATE, PAIN_OUT_OF_RANGE, UNKNOWN_STATUS,
        DUPLICATE_ID, ODD_MINUTES
    }

    private final long seed;
    private final Random random;
    private final int clients;
    private final boolean latinNamesOnly;
    private final List<Site> sites;
    private final DateTimeFormatter dotted = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    private final DateTimeFormatter slashDmy = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private record Site(String name, List<String> therapists) {
    }

    public RosterGenerator(long seed, int clients) {
        this(seed, clients, false);
    }

    /**
     * @param latinNamesOnly every client's name in the Latin script (the JasperReports comparison:
     *     both engines then embed exactly the Liberation Sans faces, no script font)
     */
    public RosterGenerator(long seed, int clients, boolean latinNamesOnly) {
        this.seed = seed;
        this.random = new Random(seed);
        this.clients = clients;
        this.latinNamesOnly = latinNamesOnly;
        this.sites = sites(clients);
    }

    /** Writes {@code roster.csv}-style rows (UTF-8, comma, CRLF) to {@code file}. */
    public void writeRoster(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(new BufferedWriter(out, 1 << 16), CSVFormat.RFC4180)) {
            csv.printRecord((Object[]) HEADER);
            for (int i = 1; i <= clients; i++) {
                csv.printRecord((Object[]) row(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a capacity file for most of the therapists (some are missing, as in real life). */
    public void writeCapacity(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("therapist", "location", "hours_per_week");
            // Its own stream, so writing the capacity file does not change the roster's rows.
            Random hours = new Random(~seed);
            for (Site site : sites) {
                for (String therapist : site.therapists()) {
                    if (hours.nextInt(10) > 0) {
                        csv.printRecord(therapist, site.name(), 12 + 4 * hours.nextInt(7));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row {@code n} (1-based). Rows are made in order from one random stream, so order matters. */
    String[] row(int n) {
        String[] r = new String[HEADER.length];
        int roll = random.nextInt(1000);
        r[0] = String.format(Locale.ROOT, "%07d", n);
        String[] name = names();
        r[1] = name[0];
        r[2] = name[1];
        String condition = pick(new String[] {"acute", "injury", "flare", "chronic", "chronic", "wellness",
            "wellness", "new onset", "flare-up", "prevention"});
        r[3] = condition;
        fillPainAndDates(r, canonical(condition));
        r[8] = pick(MASSAGE_TYPES);
        r[9] = pick(ACTIVITIES);
        r[10] = pick(STRESS);
        r[11] = random.nextInt(10) == 0 ? Integer.toString(1 + random.nextInt(35)) : "";
        r[12] = random.nextInt(8) == 0 ? Integer.toString(random.nextInt(13)) : "";
        r[13] = random.nextInt(4) == 0 ? pick(DAYS) : "";
        r[14] = pick(MINUTES);
        fillSiteAndTherapist(r);
        r[17] = random.nextInt(5) == 0 ? "" : email(r, n);
        r[18] = roll < 20 ? "paused" : roll < 30 ? "discharged" : random.nextInt(3) == 0 ? "Active" : "active";
        if (roll >= 990) {
            spoil(r, n);
        }
        return r;
    }

    private static String canonical(String condition) {
        switch (condition) {
            case "new onset":
                return "acute";
            case "flare-up":
                return "flare";
            case "prevention":
                return "wellness";
            default:
                return condition;
        }
    }

    private void fillPainAndDates(String[] r, String condition) {
        boolean episode = condition.equals("acute") || condition.equals("injury") || condition.equals("flare");
        int intake = episode ? 1 + random.nextInt(10) : random.nextInt(4);
        // Pain mostly subsides, sometimes stays, now and then gets worse (the review rule).
        int pain = Math.max(0, Math.min(10, intake - random.nextInt(5) + (random.nextInt(12) == 0 ? 3 : 0)));
        r[4] = !episode && random.nextInt(3) == 0 ? "" : Integer.toString(pain);
        r[5] = episode && random.nextInt(2) == 0 ? Integer.toString(intake) : "";
        if (episode && r[5].isEmpty()) {
            r[4] = Integer.toString(Math.max(1, pain));
        }
        LocalDate start = AS_OF.minusDays(episode ? random.nextInt(70) : random.nextInt(400));
        r[6] = random.nextInt(10) == 0 ? "" : date(start);
        LocalDate last = start.plusDays(random.nextInt((int) (AS_OF.toEpochDay() - start.toEpochDay()) + 1));
        r[7] = random.nextInt(4) == 0 ? "" : date(last);
    }

    /** Mostly ISO, as exports write them; some dotted d.m.y and unambiguous d/m/y, as people type them. */
    private String date(LocalDate d) {
        int style = random.nextInt(20);
        if (style == 0) {
            return dotted.format(d);
        }
        if (style == 1 && d.getDayOfMonth() > 12) {
            return slashDmy.format(d);
        }
        return d.toString();
    }

    private void fillSiteAndTherapist(String[] r) {
        if (random.nextInt(50) == 0) {
            r[15] = "";
            r[16] = "";
            return;
        }
        Site site = sites.get(random.nextInt(sites.size()));
        r[15] = site.name();
        r[16] = random.nextInt(30) == 0 ? "" : site.therapists().get(random.nextInt(site.therapists().size()));
    }

    private void spoil(String[] r, int n) {
        Mistake m = Mistake.values()[random.nextInt(Mistake.values().length)];
        switch (m) {
            case HALF_PAIN:
                r[3] = "acute";
                r[4] = "6.5";
                break;
            case UNKNOWN_CONDITION:
                r[3] = "sore back";
                break;
            case AMBIGUOUS_DATE:
                r[6] = "03/04/2026";
                break;
            case FUTURE_DATE:
                r[7] = AS_OF.plusDays(1 + random.nextInt(30)).toString();
                break;
            case PAIN_OUT_OF_RANGE:
                r[4] = "11";
                break;
            case UNKNOWN_STATUS:
                r[18] = "on hold";
                break;
            case DUPLICATE_ID:
                // Repeats an earlier id: both rows are rejected (when both are active).
                r[0] = String.format(Locale.ROOT, "%07d", Math.max(1, n - 1 - random.nextInt(50)));
                break;
            default:
                r[14] = "50";
                break;
        }
    }

    private String[] names() {
        int script = random.nextInt(20);
        if (script < 12 || latinNamesOnly && script < 19) {
            return new String[] {pick(Names.LATIN_FIRST), pick(Names.LATIN_LAST)};
        }
        if (script < 14) {
            return new String[] {pick(Names.GREEK_FIRST), pick(Names.GREEK_LAST)};
        }
        if (script < 16) {
            return new String[] {pick(Names.CYRILLIC_FIRST), pick(Names.CYRILLIC_LAST)};
        }
        if (script < 19) {
            // CJK: a single name column value is common, so the last name is sometimes left empty.
            String full = pick(Names.CJK_FAMILY) + pick(Names.CJK_GIVEN);
            return random.nextInt(2) == 0 ? new String[] {full, ""} : new String[] {pick(Names.CJK_GIVEN),
                pick(Names.CJK_FAMILY)};
        }
        return new String[] {"", pick(Names.LATIN_LAST)};
    }

    private String email(String[] r, int n) {
        String ascii = Normalizer.normalize(r[1] + "." + r[2], Normalizer.Form.NFD);
        String local = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        if (local.length() < 3 || local.startsWith(".") || local.endsWith(".")) {
            local = "client" + n;
        }
        return local + "@" + pick(new String[] {"example.com", "example.gr", "example.ru", "example.cn",
            "bücher.example", "example.co.uk"});
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** 2 to 6 sites, growing with the chain; about one therapist for every 40 clients, at least one per site. */
    private List<Site> sites(int clientCount) {
        Random setup = new Random(random.nextLong());
        int siteCount = Math.max(2, Math.min(6, 2 + clientCount / 50_000));
        int therapists = Math.max(siteCount, clientCount / 40);
        List<Site> result = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            List<String> staff = new ArrayList<>();
            for (int t = s; t < therapists; t += siteCount) {
                staff.add(pick(setup, Names.LATIN_FIRST) + " " + pick(setup, Names.LATIN_LAST) + " " + (t + 1));
            }
            result.add(new Site(SITE_NAMES[s], List.copyOf(staff)));
        }
        return List.copyOf(result);
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    /** {@code RosterGenerator [--latin] SEED CLIENTS ROSTER.csv [CAPACITY.csv]} (--latin: Latin-script names only) */
    public static void main(String[] arguments) {
        boolean latin = arguments.length > 0 && arguments[0].equals("--latin");
        String[] args = latin ? java.util.Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length < 3) {
            System.err.println("usage: RosterGenerator [--latin] SEED CLIENTS ROSTER.csv [CAPACITY.csv]");
            System.exit(2);
        }
        RosterGenerator generator = new RosterGenerator(Long.parseLong(args[0]), Integer.parseInt(args[1]), latin);
        if (args.length > 3) {
            generator.writeCapacity(Path.of(args[3]));
        }
        generator.writeRoster(Path.of(args[2]));
    }
}
