package clinic.cadence.roster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A header as words, for matching by meaning: {@code Session Length (min)} is {session, length},
 * {@code Pain (0-10)} is {pain}, {@code LastVisitDate} is {last, visit, date}. A part in brackets
 * and a scale ({@code 0-10}, {@code /10}) qualify a header without changing what it is; case,
 * accents and plurals do not count.
 */
final class HeaderWords {
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern SCALE = Pattern.compile("\\d+\\s*[-\u2013/]\\s*\\d+|/\\s*\\d+|out of \\d+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern EMAIL = Pattern.compile("\\be[\\s-]?mail", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");

    private HeaderWords() {
    }

    static Set<String> of(String header) {
        String text = CellText.clean(header);
        String unbracketed = BRACKETS.matcher(text).replaceAll(" ");
        if (!unbracketed.isBlank()) {
            text = unbracketed;
        }
        text = SCALE.matcher(text).replaceAll(" ");
        text = EMAIL.matcher(text).replaceAll("email");
        text = CAMEL.matcher(text).replaceAll(" ");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT).replace("#", " # "))) {
            addWords(words, word);
        }
        words.remove("");
        return words;
    }

    private static void addWords(Set<String> words, String part) {
        for (String word : part.split("\\s+")) {
            words.add(word.equals("#") ? "number" : singular(word));
        }
    }

    /** "days" is "day", "sessions" "session"; "status", "stress" and "hours"-like units stay recognisable. */
    static String singular(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The words of a phrase written in this class's terms ("last visit"), for the tables. */
    static List<String> phrase(String words) {
        List<String> list = new ArrayList<>();
        for (String word : words.split(" ")) {
            list.add(singular(word));
        }
        return list;
    }
}
