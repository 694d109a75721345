package clinic.cadence.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        new RosterGenerator(42, 3_000).writeRoster(a);
        new RosterGenerator(42, 3_000).writeRoster(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void writingTheCapacityFileFirstDoesNotChangeTheRoster() throws IOException {
        Path alone = dir.resolve("alone.csv");
        Path after = dir.resolve("after.csv");
        new RosterGenerator(7, 2_000).writeRoster(alone);
        RosterGenerator generator = new RosterGenerator(7, 2_000);
        generator.writeCapacity(dir.resolve("capacity.csv"));
        generator.writeRoster(after);
        assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(after));
    }

    @Test
    void anotherSeedGivesAnotherRoster() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        new RosterGenerator(1, 500).writeRoster(a);
        new RosterGenerator(2, 500).writeRoster(b);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    }

    @Test
    void writesTheAskedNumberOfDataRowsUnderTheSpecHeader() throws IOException {
        List<CSVRecord> rows = read(generate(10_000));
        assertEquals(List.of(RosterGenerator.HEADER), List.of(rows.get(0).values()));
        assertEquals(10_000, rows.size() - 1);
    }

    @Test
    void holdsTheMixTheBenchmarkNeeds() throws IOException {
        List<CSVRecord> rows = read(generate(20_000)).subList(1, 20_001);
        Set<String> conditions = new HashSet<>();
        Set<String> sites = new HashSet<>();
        Set<String> therapists = new HashSet<>();
        int notActive = 0;
        int scripts = 0;
        for (CSVRecord r : rows) {
            conditions.add(r.get(3));
            sites.add(r.get(15));
            therapists.add(r.get(16));
            notActive += r.get(18).equals("paused") || r.get(18).equals("discharged") ? 1 : 0;
            String name = r.get(1) + r.get(2);
            scripts |= name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK)
                    ? 1 : 0;
            scripts |= name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                    ? 2 : 0;
            scripts |= name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? 4 : 0;
            scripts |= name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                    ? 8 : 0;
        }
        assertTrue(conditions.containsAll(Set.of("acute", "injury", "flare", "chronic", "wellness")), "conditions");
        assertEquals(15, scripts, "Greek, Cyrillic, Han and Hangul names");
        assertTrue(notActive > 20_000 * 0.02 && notActive < 20_000 * 0.04, "about 3 % not active: " + notActive);
        assertTrue(sites.size() - 1 >= 2 && sites.size() - 1 <= 6, "2 to 6 sites and some blank: " + sites);
        assertTrue(therapists.size() > 20_000 / 40 * 0.9, "about one therapist per 40 clients: " + therapists.size());
    }

    @Test
    void latinNamesOnlyGivesEveryNameInTheLatinScriptAndKeepsTheRest() throws IOException {
        Path file = dir.resolve("latin.csv");
        new RosterGenerator(1, 5_000, true).writeRoster(file);
        List<CSVRecord> rows = read(file).subList(1, 5_001);
        Set<String> conditions = new HashSet<>();
        for (CSVRecord r : rows) {
            conditions.add(r.get(3));
            String name = r.get(1) + r.get(2);
            assertTrue(name.codePoints().filter(Character::isLetter)
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN), name);
        }
        assertTrue(conditions.containsAll(Set.of("acute", "injury", "flare", "chronic", "wellness")), "conditions");
    }

    private Path generate(int clients) {
        Path file = dir.resolve("roster-" + clients + ".csv");
        new RosterGenerator(1, clients).writeRoster(file);
        return file;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            return parser.getRecords();
        }
    }
}
