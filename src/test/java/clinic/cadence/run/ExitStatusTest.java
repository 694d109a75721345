package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per exit status of outputs.md, on real files. */
class ExitStatusTest {
    @TempDir
    Path dir;

    @Test
    void status0WhenEveryActiveRowIsPlanned() {
        RunFixture.Outcome o = RunFixture.plan(RunFixture.cleanRoster(dir), dir.resolve("out"));
        assertEquals(0, o.status(), o.stderr());
        assertTrue(Files.exists(dir.resolve("out/run.json")));
    }

    @Test
    void status1WhenRowsAreRejectedAndOutputsAreStillWritten() {
        RunFixture.Outcome o = RunFixture.plan(RunFixture.SAMPLE_ROSTER, dir.resolve("out"));
        assertEquals(1, o.status(), o.stderr());
        assertTrue(Files.exists(dir.resolve("out/rejected.csv")));
        assertTrue(Files.exists(dir.resolve("out/capacity.xlsx")));
    }

    @Test
    void status1WithStrictWritesNothingAndPrintsTheRejections() {
        RunFixture.Outcome o = RunFixture.plan(RunFixture.SAMPLE_ROSTER, dir.resolve("out"), "--strict");
        assertEquals(1, o.status());
        assertFalse(Files.exists(dir.resolve("out")));
        assertTrue(o.stderr().contains("row "), o.stderr());
        assertTrue(o.stderr().contains("pain_level"), o.stderr());
    }

    @Test
    void status2ForAnUnknownOption() {
        RunFixture.Outcome o = RunFixture.run("--colour", "blue");
        assertEquals(2, o.status());
        assertOneLine(o.stderr());
    }

    @Test
    void status2ForABadPaperSize() {
        RunFixture.Outcome o = RunFixture.run("--paper", "a5");
        assertEquals(2, o.status());
        assertTrue(o.stderr().contains("a4 or letter"), o.stderr());
    }

    @Test
    void status2ForAHorizonOutOfRange() {
        RunFixture.Outcome o = RunFixture.plan(RunFixture.SAMPLE_ROSTER, dir.resolve("out"), "--horizon-weeks", "0");
        assertEquals(2, o.status());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void status2ForAnUnreadableDate() {
        assertEquals(2, RunFixture.run("--as-of", "23/11/2026").status());
    }

    @Test
    void status3ForAMissingRosterNamesTheFile() {
        RunFixture.Outcome o = RunFixture.plan(dir.resolve("nowhere.csv"), dir.resolve("out"));
        assertEquals(3, o.status());
        assertTrue(o.stderr().contains("nowhere.csv"), o.stderr());
        assertOneLine(o.stderr());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void status3ForAMissingRequiredColumnNamesTheColumn() {
        Path roster = RunFixture.roster(dir, "r.csv", "client_id,first_name,pain_level", "A1,Ada,5");
        RunFixture.Outcome o = RunFixture.plan(roster, dir.resolve("out"));
        assertEquals(3, o.status());
        assertTrue(o.stderr().contains("condition"), o.stderr());
        assertOneLine(o.stderr());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void status3ForARosterWithNoDataRows() {
        Path roster = RunFixture.roster(dir, "r.csv", RunFixture.HEADER);
        assertEquals(3, RunFixture.plan(roster, dir.resolve("out")).status());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void status3ForABrokenRulebookNamesFileAndParameter() throws IOException {
        Path rules = dir.resolve("rulebook.properties");
        Files.writeString(rules, "intensive.weeks.mild = three\n");
        RunFixture.Outcome o = RunFixture.plan(RunFixture.cleanRoster(dir), dir.resolve("out"), "--rules", rules.toString());
        assertEquals(3, o.status());
        assertTrue(o.stderr().contains("rulebook.properties"), o.stderr());
        assertOneLine(o.stderr());
    }

    @Test
    void status3ForABrokenTemplateNamesTheTemplate() throws IOException {
        Path templates = dir.resolve("templates");
        RunFixture.run("--write-defaults", dir.resolve("defaults").toString());
        Files.createDirectories(templates);
        try (var files = Files.list(dir.resolve("defaults/templates"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Path plan = templates.resolve("plan.ftlh");
        Files.writeString(plan, Files.readString(plan) + "\n<#if>\n");
        RunFixture.Outcome o = RunFixture.plan(RunFixture.cleanRoster(dir), dir.resolve("out"),
                "--templates", templates.toString());
        assertEquals(3, o.status(), o.stderr());
        assertTrue(o.stderr().contains("plan.ftlh"), o.stderr());
        assertOneLine(o.stderr());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void status5WhenTheRunLooksLikeABrokenExportOfTheLastOne() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(RunFixture.cleanRoster(dir), out, "--no-pdf").status());
        Path other = RunFixture.roster(dir, "other.csv", RunFixture.HEADER, "Z1,Zoe,Other,wellness,0,,,");
        RunFixture.Outcome o = RunFixture.plan(other, out, "--no-pdf");
        assertEquals(5, o.status(), o.stderr());
        assertOneLine(o.stderr());
        assertTrue(o.stderr().contains("3 of the 3 clients planned last run are not planned now"), o.stderr());
    }

    @Test
    void helpAndVersionExitZero() {
        RunFixture.Outcome help = RunFixture.run("--help");
        assertEquals(0, help.status());
        assertTrue(help.stdout().contains("--roster"));
        RunFixture.Outcome version = RunFixture.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.stdout().startsWith("cadence "), version.stdout());
    }

    private static void assertOneLine(String stderr) {
        assertEquals(1, stderr.strip().lines().count(), "expected one line, got: " + stderr);
        assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
    }
}
