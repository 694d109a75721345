package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.cadence.UnusableInputException;
import clinic.cadence.client.Client;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * National encodings (roster/encodings/, made by its make.py): each file is read with the names
 * exactly as written, or refused naming its encoding as the likely one. Also measures ICU's
 * CharsetDetector against juniversalchardet on the same files (printed; see the corpus README).
 */
class EncodingsTest {

    @ParameterizedTest(name = "{0} is read as {1} with every name exact")
    @CsvSource({
        "shift_jis.csv,            windows-31j",
        "gbk.csv,                  GB18030",
        "big5.csv,                 x-windows-950",
        "euc_kr.csv,               x-windows-949",
        "mac_roman.csv,            x-MacRoman",
        "mac_roman-one-name.csv,   x-MacRoman",
        "cp1250.csv,               windows-1250",
        "cp1251.csv,               windows-1251",
        "cp1252.csv,               windows-1252",
        "cp1252-one-name.csv,      windows-1252",
    })
    void detectedAndReadExactly(String name, String charset) throws IOException {
        Path file = Corpus.file("encodings/" + name);
        TextEncoding encoding = TextEncoding.of(file);
        assertEquals(Charset.forName(charset), encoding.charset(), encoding.note());
        assertEquals(expectedNames(name), names(Corpus.read(file, Corpus.options())));
    }

    @Test
    void everyFileIsReadExactlyWhenTheManagerNamesItsEncoding() throws IOException {
        for (String[] file : List.of(new String[] {"shift_jis-one-name.csv", "Shift_JIS"},
                new String[] {"gbk-one-name.csv", "GB18030"}, new String[] {"big5-one-name.csv", "Big5"},
                new String[] {"euc_kr-one-name.csv", "EUC-KR"}, new String[] {"cp1250-one-name.csv", "windows-1250"},
                new String[] {"cp1251-one-name.csv", "windows-1251"})) {
            RosterOptions named = new RosterOptions(null, null, Corpus.AS_OF, Charset.forName(file[1]),
                    java.util.Map.of());
            assertEquals(expectedNames(file[0]), names(Corpus.read(Corpus.file("encodings/" + file[0]), named)), file[0]);
        }
    }

    /**
     * A file with one national name among twenty English ones gives the detector little to go
     * on: it is read exactly, or refused naming the right encoding among the likely ones, never
     * read as something else.
     */
    @ParameterizedTest(name = "{0}: read exactly or refused naming {1}")
    @CsvSource({
        "shift_jis-one-name.csv, Shift_JIS",
        "gbk-one-name.csv,       GB18030",
        "big5-one-name.csv,      Big5",
        "euc_kr-one-name.csv,    EUC-KR",
        "cp1250-one-name.csv,    windows-1250",
        "cp1251-one-name.csv,    windows-1251",
    })
    void sparseFilesAreReadExactlyOrRefusedNamingTheEncoding(String name, String charset) throws IOException {
        Path file = Corpus.file("encodings/" + name);
        try {
            assertEquals(expectedNames(name), names(Corpus.read(file, Corpus.options())));
        } catch (UnusableInputException e) {
            assertTrue(e.getMessage().contains("cannot tell which character set") && e.getMessage().contains(charset),
                    e.getMessage());
            assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
        }
    }

    @Test
    void anUnsureDetectorRefusesInOneLineNamingCandidates() throws IOException {
        Path file = Files.createTempFile("two-bytes", ".csv");
        try {
            // Two bytes that several East Asian encodings read as one character each: no way to tell.
            Files.write(file, new byte[] {'c', 'l', 'i', 'e', 'n', 't', '_', 'i', 'd', ',', 'n', 'a', 'm', 'e', ',',
                'c', 'o', 'n', 'd', 'i', 't', 'i', 'o', 'n', '\n', '1', ',', (byte) 0xB0, (byte) 0xA1, ',', 'w', '\n'});
            UnusableInputException e = assertThrows(UnusableInputException.class,
                    () -> Corpus.read(file, Corpus.options()));
            assertTrue(e.getMessage().contains("cannot tell which character set this CSV is in"), e.getMessage());
            assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        } finally {
            Files.delete(file);
        }
    }

    /** The measurement behind the choice of ICU (printed; numbers in the corpus README). */
    @Test
    void icuAndJuniversalchardetOnTheCorpus() throws IOException {
        List<String> lines = new ArrayList<>();
        int icuRight = 0;
        int juRight = 0;
        int total = 0;
        int cadenceRight = 0;
        int cadenceRefused = 0;
        try (Stream<Path> files = Files.list(Corpus.file("encodings/make.py").getParent())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String truth = truth(file.getFileName().toString());
                List<CharsetMatch> icu = TextEncoding.candidates(TextEncoding.nonAsciiLines(file));
                String icuTop = icu.isEmpty() ? "-" : icu.get(0).getName() + " " + icu.get(0).getConfidence();
                String ju = UniversalDetector.detectCharset(file.toFile());
                String ours;
                try {
                    ours = TextEncoding.of(file).charset().name();
                    boolean right = expectedNames(file.getFileName().toString())
                            .equals(names(Corpus.read(file, Corpus.options())));
                    assertTrue(right, file + " read as " + ours + ": names not exact");
                    cadenceRight++;
                } catch (UnusableInputException e) {
                    ours = "refused";
                    cadenceRefused++;
                }
                total++;
                icuRight += same(icu.isEmpty() ? "" : icu.get(0).getName(), truth) ? 1 : 0;
                juRight += same(ju == null ? "" : ju, truth) ? 1 : 0;
                lines.add(String.format(Locale.ROOT, "%-24s truth %-12s ICU %-18s juniversalchardet %-12s Cadence %s",
                        file.getFileName(), truth, icuTop, ju, ours));
            }
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "top guess right: ICU %d of %d, juniversalchardet %d of %d; Cadence read %d "
                + "exactly, refused %d, read none wrong%n", icuRight, total, juRight, total, cadenceRight, cadenceRefused);
        assertTrue(cadenceRight >= 13, "Cadence read " + cadenceRight + " of " + total);
        assertTrue(total >= 16);
    }

    private static String truth(String file) {
        String enc = file.substring(0, file.indexOf(file.contains("-one") ? "-one" : ".csv"));
        return switch (enc) {
            case "shift_jis" -> "Shift_JIS";
            case "gbk" -> "GB18030";
            case "big5" -> "Big5";
            case "euc_kr" -> "EUC-KR";
            case "mac_roman" -> "x-MacRoman";
            default -> "windows-" + enc.substring(2);
        };
    }

    /** Names that read the same text count as the same answer (GBK is read by GB18030; 8859-1 by 1252). */
    private static boolean same(String detected, String truth) {
        String d = detected.toUpperCase(Locale.ROOT).replace("_", "-");
        String t = truth.toUpperCase(Locale.ROOT).replace("_", "-");
        return d.equals(t) || (t.equals("GB18030") && (d.equals("GBK") || d.equals("GB2312")))
                || (t.equals("WINDOWS-1252") && d.equals("ISO-8859-1"))
                || (t.equals("WINDOWS-1250") && d.equals("ISO-8859-2"))
                || (t.equals("WINDOWS-1251") && d.equals("ISO-8859-5"))
                || (t.equals("X-MACROMAN") && d.equals("MACINTOSH"));
    }

    static List<String> names(List<RosterEntry> entries) {
        return Corpus.clients(entries).stream().map(Client::displayName).toList();
    }

    /** "first last" of every row of the .expected.txt beside the file (what Python wrote, decoded back). */
    static List<String> expectedNames(String name) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(Corpus.file("encodings/" + name + ".expected.txt"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            names.add(cells[1] + " " + cells[2]);
        }
        return names;
    }
}
