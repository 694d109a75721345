package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every slip on the command line is answered in one line, in the clinic's words, without Java's. */
class CommandLineSlipsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--as-of 23/11/2026          | 2 | --as-of '23/11/2026': write the plan date as YYYY-MM-DD: 2026-11-23",
        "--as-of 03/04/2026          | 2 | 2026-04-03 if it is day first, or 2026-03-04 if it is month first",
        "--as-of 23.11.26            | 2 | 2026-11-23",
        "--as-of 2026-02-30          | 2 | there is no such day",
        "--as-of tomorrow            | 2 | write the plan date as YYYY-MM-DD, e.g. 2026-11-23",
        "--asof 2026-11-23           | 2 | unknown option --asof; did you mean --as-of?",
        "--no-pdfs                   | 2 | did you mean --no-pdf?",
        "--horizon-weeks 12_weeks    | 2 | --horizon-weeks '12 weeks': expected a whole number of weeks from 1 to 104",
        "--horizon-weeks 0           | 2 | expected a whole number of weeks from 1 to 104",
        "--threads many              | 2 | --threads 'many': expected a whole number of threads from 1 to 64",
        "--paper a5                  | 2 | --paper 'a5': expected a4 or letter",
        "--roster                    | 2 | --roster needs a value",
        "a.csv b.csv                 | 2 | 'b.csv' is one argument too many",
        "sample-data                 | 3 | the roster sample-data is a folder, not a file; the files in it: sample-data/capacity.csv, sample-data/roster.csv",
        "sample-data/Roster.csv      | 3 | the roster sample-data/Roster.csv does not exist; did you mean sample-data/roster.csv?",
        "sample-data/roster.xls      | 3 | did you mean sample-data/roster.xlsx?",
        "nowhere/roster.csv          | 3 | its folder",
        "--settings sample-data      | 3 | the settings file sample-data is a folder",
        "--templates templatez       | 3 | the templates folder templatez does not exist; did you mean templates?",
    })
    void eachSlipIsOneLineInTheClinicsWords(String args, int status, String expected) {
        String[] argv = args.strip().replace("12_weeks", "12 weeks").split(" (?!weeks)");
        RunFixture.Outcome o = RunFixture.run(withOut(argv));
        assertEquals(status, o.status(), o.stderr());
        String line = o.stderr().strip();
        assertEquals(1, line.lines().count(), "one line: " + o.stderr());
        assertTrue(line.contains(expected.strip()), line);
        assertFalse(line.matches("(?s).*(java\\.|Exception|picocli|\\bint\\b|LocalDate).*"), "Java's words: " + line);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    private String[] withOut(String[] argv) {
        String[] all = new String[argv.length + 2];
        System.arraycopy(argv, 0, all, 0, argv.length);
        all[argv.length] = "--out";
        all[argv.length + 1] = dir.resolve("out").toString();
        return all;
    }

    @Test
    void theRosterMayBeAPlainArgument() {
        Path roster = RunFixture.cleanRoster(dir);
        RunFixture.Outcome o = RunFixture.run(roster.toString(), "--out", dir.resolve("out").toString(), "--as-of",
                RunFixture.AS_OF, "--quiet", "--no-pdf");
        assertEquals(0, o.status(), o.stderr());
        assertTrue(Files.exists(dir.resolve("out/run.json")));
    }

    @Test
    void twoDifferentRostersAreRefused() {
        RunFixture.Outcome o = RunFixture.run("a.csv", "--roster", "b.csv");
        assertEquals(2, o.status());
        assertTrue(o.stderr().contains("two rosters given"), o.stderr());
    }
}
