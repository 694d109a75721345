package clinic.cadence.roster;

import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which national encoding a non-UTF-8 roster is in. Names are short and rare words, where a
 * detector's statistics have little to go on (on our corpus ICU's top guess was right for 6 files
 * of 16, juniversalchardet's for 8, and both read a roster with one Japanese name as Windows-1252),
 * so each candidate is first held to what names look like: the bytes must decode without error,
 * and every word with non-ASCII letters must read as a word of one script (no symbols inside
 * words, no {@code ëæòY}, no half-width katakana amid Chinese). Of the candidates that read every
 * word so, one is chosen; several are told apart by ICU's CharsetDetector when it is clearly
 * surer of one, else the file is refused naming them.
 */
final class EncodingGuess {
    /** Excel's "CSV" encodings, each by the superset Java reads it with (CP932 for Shift_JIS, ...). */
    private static final Map<String, String> CANDIDATES = new LinkedHashMap<>();

    static {
        CANDIDATES.put("windows-1252", "windows-1252");
        CANDIDATES.put("x-MacRoman", "x-MacRoman");
        CANDIDATES.put("windows-1250", "windows-1250");
        CANDIDATES.put("windows-1251", "windows-1251");
        CANDIDATES.put("Shift_JIS", "windows-31j");
        CANDIDATES.put("GB18030", "GB18030");
        CANDIDATES.put("Big5", "x-windows-950");
        CANDIDATES.put("EUC-KR", "x-windows-949");
    }

    private static final java.util.Set<String> LATIN = java.util.Set.of("windows-1252", "x-MacRoman", "windows-1250");

    private EncodingGuess() {
    }

    /** The outcome: one charset, or the candidates to name in a refusal. */
    record Guess(Charset charset, List<String> candidates) {
    }

    static Guess of(byte[] sample) {
        List<String> plausible = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, String> candidate : CANDIDATES.entrySet()) {
            String text = decode(sample, Charset.forName(candidate.getValue()));
            if (text != null && Words.allPlausible(text) && !(candidate.getKey().equals("EUC-KR") && hasHan(text))) {
                plausible.add(candidate.getKey());
                texts.put(candidate.getKey(), text);
            }
        }
        if (plausible.isEmpty()) {
            return new Guess(null, icuNames(sample));
        }
        if (plausible.size() > 1) {
            // Names in an alphabet are written with capitals where they belong ("Иван", not "иВан"):
            // a decoding that reads so beats one that reads Chinese characters, which show no case.
            List<String> cased = plausible.stream().filter(p -> Words.wellCased(texts.get(p))).toList();
            if (!cased.isEmpty()) {
                plausible = new ArrayList<>(cased);
            }
        }
        List<String> chosen = plausible;
        if (chosen.size() == 1 || chosen.stream().map(texts::get).distinct().count() == 1) {
            return new Guess(charset(chosen.get(0)), chosen);
        }
        return byIcu(sample, chosen);
    }

    /** Korean rosters write names in Hangul; Chinese characters amid them mean the bytes are not Korean. */
    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Several read as words: ICU decides when it is clearly surer of one of them. */
    private static Guess byIcu(byte[] sample, List<String> plausible) {
        Map<String, Integer> confidence = new LinkedHashMap<>();
        for (CharsetMatch match : TextEncoding.candidates(sample)) {
            String name = ours(match.getName());
            if (name != null && plausible.contains(name)) {
                confidence.merge(name, match.getConfidence(), Math::max);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(confidence.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        // Between Western and Central European Latin, where both read as names, ICU's language
        // models are the best evidence there is: a lead is enough (the note names the other).
        int margin = plausible.stream().allMatch(LATIN::contains) ? 1 : TextEncoding.CLOSE;
        if (confidence.size() < plausible.size()) {
            margin = Integer.MAX_VALUE; // ICU has no word on one of them (it knows no MacRoman): cannot tell
        }
        if (!ranked.isEmpty() && ranked.get(0).getValue() >= TextEncoding.MIN_CONFIDENCE
                && margin != Integer.MAX_VALUE && (ranked.size() == 1 || ranked.get(0).getValue() - ranked.get(1).getValue() >= margin)) {
            return new Guess(charset(ranked.get(0).getKey()), plausible);
        }
        List<String> named = new ArrayList<>();
        ranked.forEach(e -> named.add(e.getKey()));
        plausible.stream().filter(p -> !named.contains(p)).forEach(named::add);
        return new Guess(null, named);
    }

    /** ICU's name as one of ours; null for an encoding Excel does not write. */
    private static String ours(String icuName) {
        return switch (icuName.toUpperCase(Locale.ROOT)) {
            case "ISO-8859-1", "WINDOWS-1252" -> "windows-1252";
            case "ISO-8859-2", "WINDOWS-1250" -> "windows-1250";
            case "ISO-8859-5", "WINDOWS-1251", "KOI8-R" -> "windows-1251";
            case "SHIFT_JIS" -> "Shift_JIS";
            case "GB18030" -> "GB18030";
            case "BIG5" -> "Big5";
            case "EUC-KR" -> "EUC-KR";
            default -> null;
        };
    }

    private static List<String> icuNames(byte[] sample) {
        List<String> names = new ArrayList<>();
        for (CharsetMatch match : TextEncoding.candidates(sample)) {
            String name = ours(match.getName());
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static Charset charset(String ourName) {
        return Charset.forName(CANDIDATES.get(ourName));
    }

    private static String decode(byte[] sample, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** What a word of a name looks like, in any script. */
    static final class Words {
        private Words() {
        }

        static boolean allPlausible(String text) {
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean inWord = i < text.length() && isWordChar(text.charAt(i));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    if (!plausible(text.substring(start, i))) {
                        return false;
                    }
                    start = -1;
                }
            }
            return true;
        }

        /**
         * Whether the text has words in a cased alphabet (Latin, Cyrillic, Greek) with non-ASCII
         * letters, each written as names are: Capitalised, all small or all capitals.
         */
        static boolean wellCased(String text) {
            boolean any = false;
            for (String word : text.split("[^\\p{L}\\p{M}]+")) {
                if (word.chars().allMatch(c -> c < 0x80) || !word.chars().allMatch(c -> Character.isLetter(c)
                        && cased(Character.UnicodeScript.of(c)) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                    if (!word.chars().allMatch(c -> c < 0x80) && word.chars().anyMatch(Character::isLetter)
                            && word.chars().noneMatch(c -> cased(Character.UnicodeScript.of(c)))) {
                        return false; // a word with no case at all (Chinese characters)
                    }
                    continue;
                }
                String rest = word.substring(1);
                boolean ok = rest.equals(rest.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT));
                if (!ok) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        private static boolean cased(Character.UnicodeScript script) {
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                    || script == Character.UnicodeScript.GREEK;
        }

        /**
         * Words run between ASCII spaces and punctuation; any non-ASCII character belongs to the
         * word, so a symbol that lands inside one (± · ¼ ‰) shows a wrong decoding.
         */
        private static boolean isWordChar(char c) {
            return c >= 0x80 || Character.isLetterOrDigit(c);
        }

        static boolean plausible(String word) {
            if (word.chars().allMatch(c -> c < 0x80)) {
                return true;
            }
            if (word.chars().noneMatch(Character::isLetter)
                    && word.chars().allMatch(c -> c < 0x80 || c >= 0x2010 && c <= 0x2027 || "«»°€£".indexOf(c) >= 0)) {
                return true; // plain ASCII, or typographic punctuation standing alone ("–" between two words)
            }
            Character.UnicodeScript script = null;
            int nonAsciiRun = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 0x80 && !Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
                        && "\u30fc\u30fb\u2019\u2010\u2011".indexOf(c) < 0) {
                    return false; // a symbol or punctuation inside a word: ± · ¼ ‰ ...
                }
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript s = group(Character.UnicodeScript.of(c));
                if (!Character.isDigit(c) && s != Character.UnicodeScript.COMMON) {
                    if (script != null && s != script) {
                        return false; // two scripts in one word
                    }
                    script = s;
                }
                if (c >= 0xFF61 && c <= 0xFF9F || c >= 0x3400 && c <= 0x4DBF || c >= 0x3130 && c <= 0x318F) {
                    return false; // half-width katakana, rare Han (Extension A), lone Hangul jamo
                }
                if (s == Character.UnicodeScript.LATIN) {
                    nonAsciiRun = c >= 0x80 ? nonAsciiRun + 1 : 0;
                    if (nonAsciiRun >= 3) {
                        return false;
                    }
                    if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))
                            && (c >= 0x80 || word.charAt(i - 1) >= 0x80)) {
                        return false; // "éRìc": a capital after a small accented letter
                    }
                }
            }
            return true;
        }

        /** Japanese writes Han, hiragana and katakana in one name. */
        private static Character.UnicodeScript group(Character.UnicodeScript script) {
            return switch (script) {
                case HIRAGANA, KATAKANA -> Character.UnicodeScript.HAN;
                default -> script;
            };
        }
    }
}
