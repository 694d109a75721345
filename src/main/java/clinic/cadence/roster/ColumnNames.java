package clinic.cadence.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roster column a header means. In this order: the header a clinic named for a column in
 * its settings ({@code column.status = Estado}); a column's own name or one of its aliases; and
 * then the header's words: {@code Client Status} is status, {@code Session Length (min)} is
 * session_minutes, {@code Therapist Name} is therapist. A header matches by words when its words
 * contain one of a column's phrases and every other word is one that column (or any header)
 * may carry ({@code client}, {@code date}, {@code preferred} ...). A header that words alone would
 * give to two columns equally, or whose extra words belong to no column, is not used: it is
 * listed as ignored, never guessed.
 */
final class ColumnNames {
    static final ColumnNames DEFAULT = new ColumnNames(Map.of());

    /** Words any header may carry without changing which column it is. */
    private static final Set<String> QUALIFIERS = words("client patient customer member guest of the a an for per in at "
            + "on to by is are preferred usual current type kind level score rating date name value");

    private static final Map<Column, Meaning> MEANINGS = new EnumMap<>(Column.class);

    static {
        mean(Column.CLIENT_ID, "id | client number | client no | patient number | patient no | customer number "
                + "| record number | mrn | account number | file number | chart number | client code",
                "id number no nr num record mrn account file chart code identifier unique");
        mean(Column.FIRST_NAME, "first | given | forename | first name | given name", "first given forename name");
        mean(Column.LAST_NAME, "last | surname | family | last name | family name", "last surname family name");
        mean(Column.NAME, "name | full name", "name full display");
        mean(Column.CONDITION, "condition | presenting condition", "condition presenting main primary");
        mean(Column.PAIN_LEVEL, "pain | nrs | vas", "pain nrs vas now today latest");
        mean(Column.INTAKE_PAIN, "initial pain | intake pain | baseline pain | starting pain | pain at intake",
                "initial intake baseline starting start pain first");
        mean(Column.EPISODE_START, "episode start | start | injury date | onset | episode date",
                "episode start started injury onset began begin pain symptom since");
        mean(Column.LAST_VISIT, "last visit | last session | last appointment | last appt | last seen | previous visit "
                + "| last treatment | most recent visit", "last visit session appointment appt seen previous most "
                + "recent treatment booking attended");
        mean(Column.MASSAGE_TYPE, "massage | modality | technique", "massage modality technique style service "
                + "treatment");
        mean(Column.ACTIVITY, "activity | lifestyle | occupation demand | job", "activity lifestyle occupation "
                + "demand job physical work");
        mean(Column.STRESS_LEVEL, "stress", "stress");
        mean(Column.RELIEF_DAYS, "relief | benefit days | relief lasts", "relief benefit day last lasts duration how "
                + "long");
        mean(Column.MAX_SESSIONS_PER_MONTH, "sessions month | monthly cap | budget | max sessions | monthly sessions",
                "max maximum session month monthly cap budget limit visit");
        mean(Column.AVAILABLE_DAYS, "availability | days | available days | available | weekdays",
                "available availability day weekday when can come");
        mean(Column.SESSION_MINUTES, "duration | length | session minutes | minutes",
                "session minute min mins length duration appointment appt time");
        mean(Column.LOCATION, "location | site | clinic | branch | office", "location site clinic branch office venue "
                + "practice");
        mean(Column.THERAPIST, "therapist | practitioner | provider | clinician | masseur | masseuse | rmt",
                "therapist practitioner provider clinician staff assigned primary lead own masseur masseuse rmt "
                + "massage");
        mean(Column.EMAIL, "email | email address", "email address id primary contact");
        mean(Column.STATUS, "status | state | active", "status state active account membership");
        mean(Column.LANGUAGE, "language | plan language | lang", "language plan lang spoken");
        mean(Column.EMAIL_OPT_OUT, "opt out | no email | unsubscribed | do not email", "email opt out no not do "
                + "unsubscribed");
    }

    /** Header key -> the column the clinic named it for. */
    private final Map<String, Column> named = new java.util.HashMap<>();
    private final Map<Column, String> namedHeaders = new EnumMap<>(Column.class);

    /** @param clinicNames canonical column name -> the header the clinic uses for it (settings' column.*) */
    ColumnNames(Map<String, String> clinicNames) {
        clinicNames.forEach((canonical, header) -> {
            Column column = Column.byCanonical(canonical);
            if (column != null && !header.isBlank()) {
                named.put(Keys.of(header), column);
                namedHeaders.put(column, header);
            }
        });
    }

    /** How a header came to feed its column, for the run's report. */
    enum How {
        SETTINGS, NAME, WORDS
    }

    /** The column and how; null when the header feeds no column. */
    record Match(Column column, How how) {
    }

    Column column(String header) {
        Match match = match(header);
        return match == null ? null : match.column();
    }

    Match match(String header) {
        Column column = named.get(Keys.of(header));
        if (column != null) {
            return new Match(column, How.SETTINGS);
        }
        column = Column.byName(header);
        if (column != null) {
            return namedHeaders.containsKey(column) ? null : new Match(column, How.NAME);
        }
        List<Column> best = byWords(HeaderWords.of(header));
        if (best.size() != 1 || namedHeaders.containsKey(best.get(0))) {
            return null;
        }
        return new Match(best.get(0), How.WORDS);
    }

    /** The clinic's own header for a column, or null. */
    String clinicHeader(Column column) {
        return namedHeaders.get(column);
    }

    /** The columns a header equally means by its words: one is a match, none or several are not. */
    static List<Column> candidates(String header) {
        return byWords(HeaderWords.of(header));
    }

    private static List<Column> byWords(Set<String> words) {
        List<Column> best = new ArrayList<>();
        int bestScore = 0;
        for (Map.Entry<Column, Meaning> entry : MEANINGS.entrySet()) {
            int score = entry.getValue().score(words);
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore && score > 0) {
                best.add(entry.getKey());
            }
        }
        return best;
    }

    /** A column's phrases (any one names it) and the words its headers may carry. */
    private record Meaning(List<Set<String>> phrases, Set<String> vocabulary) {
        /** The words of the longest phrase the header holds, if all its words are the column's; else 0. */
        int score(Set<String> words) {
            for (String word : words) {
                if (!vocabulary.contains(word) && !QUALIFIERS.contains(word)) {
                    return 0;
                }
            }
            int score = 0;
            for (Set<String> phrase : phrases) {
                if (words.containsAll(phrase)) {
                    score = Math.max(score, phrase.size());
                }
            }
            return score;
        }
    }

    private static void mean(Column column, String phrases, String vocabulary) {
        List<Set<String>> list = new ArrayList<>();
        Set<String> all = new HashSet<>(words(vocabulary));
        for (String phrase : phrases.split("\\|")) {
            Set<String> words = new HashSet<>(HeaderWords.phrase(phrase.strip()));
            list.add(words);
            all.addAll(words);
        }
        MEANINGS.put(column, new Meaning(List.copyOf(list), Set.copyOf(all)));
    }

    private static Set<String> words(String text) {
        return new HashSet<>(HeaderWords.phrase(text.strip().replaceAll("\\s+", " ")));
    }
}
