package clinic.cadence.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A roster that cannot be used at all is refused with one line naming the file and the problem,
 * before any entry reaches the sink; hostile files are refused the same way, never with another
 * exception, a hang or a crash.
 */
class UnusableRosterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no-header.csv          | no header row naming the roster's columns | the first row holds: This is not a roster",
        "empty.csv              | no header row                             | the file is empty",
        "missing-column.csv     | missing required column condition         | the header row (row 1) has: id, name, pain",
        "duplicate-header.csv   | two columns that could be pain_level      | 'Pain' and 'pain_level'",
        "header-only.csv        | no data rows below the header (row 1)     | nothing",
        "unclosed-quote.csv     | is not valid CSV: the record starting at line 2 | a quote that is not closed",
        "text-after-quote.csv   | is not valid CSV: the record starting at line 3 | text after a closing quote",
        "binary-nul.csv         | holds binary data (a NUL character at position 31) | not CSV text",
    })
    void corpusFileIsRefusedInOneLine(String name, String problem, String detail) {
        Path file = Corpus.file(name);
        String message = refusal(file);
        assertTrue(message.startsWith(file + ": "), message);
        assertTrue(message.contains(problem), message);
        assertTrue(message.contains(detail), message);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("roster.csv");
        assertEquals(file + ": file not found", refusal(file));
    }

    @Test
    void aTwoMegabyteFieldIsRefusedWithoutFillingMemory() throws IOException {
        Path file = dir.resolve("huge-field.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("client_id,name,condition\n1,Ann,wellness\n2,\"");
            out.write("x".repeat(2 << 20));
            out.write("\",wellness\n");
        }
        String message = refusal(file);
        assertTrue(message.contains("the record starting at line 3 runs past 100,000 characters"), message);
    }

    @Test
    void nulCharacterInUtf16TextIsRefused() throws IOException {
        byte[] text = "client_id\tname\tcondition\r\n1\tA\u0000n\twellness\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[text.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(text, 0, file, 2, text.length);
        String message = refusal(Files.write(dir.resolve("roster.txt"), file));
        assertTrue(message.contains("holds binary data"), message);
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path bomb = TestWorkbooks.zipBomb(dir);
        String message = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> refusal(bomb));
        assertTrue(message.contains("zip bomb"), message);
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path xxe = TestWorkbooks.externalEntity(dir);
        String message = refusal(xxe);
        assertTrue(message.contains("declares a document type"), message);
        assertFalse(message.contains("root:"), message);
    }

    @Test
    void oldExcelFileIsRefused() throws IOException {
        Path xls = Files.write(dir.resolve("roster.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        assertTrue(refusal(xls).contains("old Excel 97-2003 (.xls)"));
    }

    @Test
    void brokenZipIsRefused() throws IOException {
        Path broken = Files.write(dir.resolve("roster.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        assertTrue(refusal(broken).contains("cannot be read as an Excel workbook"));
    }

    @Test
    void unknownSheetListsTheSheetsFound() throws IOException {
        Path xlsx = TestWorkbooks.write(dir.resolve("two-sheets.xlsx"), workbook -> {
            new TestWorkbooks.SheetWriter(workbook, "Roster").row(1, "client_id", "name", "condition");
            new TestWorkbooks.SheetWriter(workbook, "Capacity").row(1, "therapist", "location", "hours_per_week");
        });
        String message = refusal(xlsx, new RosterOptions("Clients", null, Corpus.AS_OF));
        assertEquals(xlsx + ": has no sheet named 'Clients'; sheets found: Roster, Capacity", message);
    }

    private static String refusal(Path file) {
        return refusal(file, Corpus.options());
    }

    /** The one-line message; and the sink never saw anything. */
    private static String refusal(Path file, RosterOptions options) {
        AtomicInteger seen = new AtomicInteger();
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> Roster.read(file, options, entry -> seen.incrementAndGet()));
        assertEquals(0, seen.get(), "the sink saw entries before the refusal");
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }
}
