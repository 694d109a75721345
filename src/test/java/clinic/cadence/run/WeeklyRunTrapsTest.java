package clinic.cadence.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly routine's traps, each on real files: a broken export or a mistyped date never
 * replaces a good run, exactly one earlier run is kept to undo a week, and the defaults written
 * out for a clinic never overwrite its edits.
 */
class WeeklyRunTrapsTest {
    @TempDir
    Path dir;

    /** Eighteen clients, every one planned, with dates as Cadence reads them. */
    private Path goodRoster() {
        return roster("good.csv", false);
    }

    /** The same clients from a broken export (pain scores as 5.5): every row but one is rejected. */
    private Path shortDateRoster() {
        return roster("short-dates.csv", true);
    }

    private Path roster(String name, boolean broken) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            String date = String.format("2026-11-%02d", 1 + i % 20);
            String pain = broken && i != 18 ? "5.5" : "5";
            lines.add("C" + i + ",Client,Number " + i + ",acute," + pain + "," + date + ",Harbour,Ana");
        }
        return RunFixture.roster(dir, name, RunFixture.HEADER, lines.toArray(String[]::new));
    }

    @Test
    void aBrokenExportDoesNotReplaceAGoodRun() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf").status());
        Map<String, String> good = RunFixture.snapshot(out);

        RunFixture.Outcome o = RunFixture.run("--roster", shortDateRoster().toString(), "--out", out.toString(),
                "--as-of", RunFixture.AS_OF, "--no-pdf");

        assertEquals(5, o.status(), o.stderr());
        assertEquals(good, RunFixture.snapshot(out), "last week's run is untouched");
        String line = lastLine(o.stderr());
        assertTrue(line.contains("17 of 18 active rows were rejected (last run: 0 of 18)"), line);
        assertTrue(line.contains("17 of the 18 clients planned last run are not planned now"), line);
        assertTrue(line.contains("--replace-anyway"), line);
        assertTrue(o.stderr().contains("pain_level '5.5'"), "the rejections say why: " + o.stderr());
        assertFalse(Files.exists(dir.resolve("out.previous")), "nothing moved");
        assertNoStagingLeft();
    }

    @Test
    void goingAheadAnywayReplacesTheRunAndKeepsTheOldOneBeside() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf").status());
        Map<String, String> good = RunFixture.snapshot(out);

        assertEquals(1, RunFixture.plan(shortDateRoster(), out, "--replace-anyway", "--no-pdf").status());

        assertEquals(good, RunFixture.snapshot(dir.resolve("out.previous")), "undo: put out.previous back");
        Map<String, String> mistaken = RunFixture.snapshot(out);
        assertTrue(mistaken.containsKey("rejected.csv"));

        RunFixture.Outcome undo = RunFixture.run("--out", out.toString(), "--restore-previous");
        assertEquals(0, undo.status(), undo.stderr());
        assertTrue(undo.stdout().contains("Put the earlier run (as of 2026-11-23) back as " + out), undo.stdout());
        assertEquals(good, RunFixture.snapshot(out), "one command undoes the week");
        assertEquals(mistaken, RunFixture.snapshot(dir.resolve("out.previous")), "and can be redone");

        assertEquals(0, RunFixture.run("--out", out.toString(), "--restore-previous").status());
        assertEquals(mistaken, RunFixture.snapshot(out));
        assertEquals(good, RunFixture.snapshot(dir.resolve("out.previous")));
    }

    @Test
    void thereIsNothingToRestoreBeforeASecondRun() {
        assertEquals(0, RunFixture.plan(goodRoster(), dir.resolve("out"), "--no-pdf").status());
        RunFixture.Outcome o = RunFixture.run("--out", dir.resolve("out").toString(), "--restore-previous");
        assertEquals(4, o.status());
        assertTrue(o.stderr().contains("there is no earlier run to put back"), o.stderr());
        assertTrue(Files.exists(dir.resolve("out/run.json")));
    }

    @Test
    void aMistypedPlanDateDoesNotReplaceAGoodRun() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf").status());
        Map<String, String> good = RunFixture.snapshot(out);

        RunFixture.Outcome back = RunFixture.run("--roster", goodRoster().toString(), "--out", out.toString(),
                "--as-of", "2025-11-23", "--quiet", "--no-pdf");
        assertEquals(5, back.status(), back.stderr());
        assertTrue(back.stderr().contains("the plan date 2025-11-23 is 52 weeks before the last run's 2026-11-23"),
                back.stderr());
        assertEquals(1, back.stderr().strip().lines().count(), back.stderr());

        RunFixture.Outcome ahead = RunFixture.run("--roster", goodRoster().toString(), "--out", out.toString(),
                "--as-of", "2027-03-01", "--quiet", "--no-pdf");
        assertEquals(5, ahead.status(), ahead.stderr());
        assertTrue(ahead.stderr().contains("14 weeks after the last run's"), ahead.stderr());
        assertEquals(good, RunFixture.snapshot(out));
    }

    @Test
    void aNormalNextWeekReplacesTheRun() {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf").status());
        RunFixture.Outcome next = RunFixture.run("--roster", goodRoster().toString(), "--out", out.toString(),
                "--as-of", "2026-11-30", "--quiet", "--no-pdf");
        assertEquals(0, next.status(), next.stderr());
        assertTrue(RunFixture.snapshot(out).size() > 0);
    }

    @Test
    void aFirstRunHasNothingToProtect() {
        assertEquals(1, RunFixture.plan(shortDateRoster(), dir.resolve("out"), "--no-pdf").status());
        assertTrue(Files.exists(dir.resolve("out/run.json")));
    }

    @Test
    void exactlyOneEarlierRunIsKept() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf").status());
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf", "--horizon-weeks", "8").status());
        Map<String, String> second = RunFixture.snapshot(out);
        assertEquals(0, RunFixture.plan(goodRoster(), out, "--no-pdf", "--horizon-weeks", "4").status());

        assertEquals(second, RunFixture.snapshot(dir.resolve("out.previous")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("good.csv", "out", "out.previous"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void writeDefaultsTwiceKeepsTheClinicsEdits() throws IOException {
        Path mine = dir.resolve("my-clinic");
        RunFixture.Outcome first = RunFixture.run("--write-defaults", mine.toString());
        assertEquals(0, first.status(), first.stderr());
        Path settings = mine.resolve("settings.properties");
        Path css = mine.resolve("templates/plan.css");
        Files.writeString(settings, "clinic_name = Ferny Hill Massage\n");
        Files.writeString(css, "body { color: black; }\n");
        Files.delete(mine.resolve("templates/README.md"));

        RunFixture.Outcome second = RunFixture.run("--write-defaults", mine.toString());

        assertEquals(0, second.status(), second.stderr());
        assertEquals("clinic_name = Ferny Hill Massage\n", Files.readString(settings));
        assertEquals("body { color: black; }\n", Files.readString(css));
        assertTrue(Files.exists(mine.resolve("templates/README.md")), "what was missing is written");
        assertTrue(second.stdout().contains("Wrote templates/README.md"), second.stdout());
        assertTrue(second.stdout().contains("kept as they were: rulebook.properties, settings.properties, "), second.stdout());
        assertTrue(second.stdout().contains("templates/messages/messages_en.properties"), second.stdout());
        assertTrue(second.stdout().contains("templates/plan.ftlh, templates/plan.css"), second.stdout());
        assertTrue(second.stdout().contains("--overwrite-defaults"), second.stdout());

        RunFixture.Outcome replaced = RunFixture.run("--write-defaults", mine.toString(), "--overwrite-defaults");
        assertEquals(0, replaced.status());
        assertTrue(Files.readString(settings).contains("contact_line.5"), "the built-in file again");
    }

    @Test
    void theBuiltInSettingsSayOnceThatTheClinicIsNotSet() {
        RunFixture.Outcome o = RunFixture.run("--roster", goodRoster().toString(), "--out", dir.resolve("out").toString(),
                "--as-of", RunFixture.AS_OF);
        assertEquals(0, o.status(), o.stderr());
        List<String> notes = o.stderr().lines().filter(l -> l.contains("not set")).toList();
        assertEquals(1, notes.size(), o.stderr());
        assertTrue(notes.get(0).contains("clinic_name") && notes.get(0).contains("--settings"), notes.get(0));
    }

    @Test
    void theSampleRunUsesTheSampleClinicsSettings() throws IOException {
        RunFixture.Outcome o = RunFixture.run("--out", dir.resolve("out").toString(), "--as-of", RunFixture.AS_OF,
                "--no-pdf");
        assertEquals(1, o.status(), o.stderr());
        assertFalse(o.stderr().contains("not set"), o.stderr());
        assertTrue(o.stdout().contains("with the sample clinic's settings sample-data/settings.properties"),
                o.stdout());
        assertTrue(Files.readString(dir.resolve("out/run.json")).contains("sample-data/settings.properties"));
    }

    /** The Rules sheet says which days the recurring holidays close in this run's weeks. */
    @Test
    void theRulesSheetShowsTheDaysClosedInTheWindow() throws IOException {
        assertEquals(0, RunFixture.plan(goodRoster(), dir.resolve("out"), "--no-pdf").status());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                dir.resolve("out/capacity.xlsx").toFile())) {
            org.apache.poi.ss.usermodel.Sheet rules = wb.getSheet("Rules");
            String closed = null;
            String inWindow = null;
            for (org.apache.poi.ss.usermodel.Row row : rules) {
                String name = row.getCell(0).getStringCellValue();
                if (name.equals("closed_dates")) {
                    closed = row.getCell(1).getStringCellValue();
                } else if (name.equals("closed_dates in this window")) {
                    inWindow = row.getCell(1).getStringCellValue();
                }
            }
            assertEquals("12-25, 12-26, 01-01", closed);
            assertEquals("2026-12-25, 2026-12-26, 2027-01-01", inWindow);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private void assertNoStagingLeft() {
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".out.")),
                    "a staging folder was left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
