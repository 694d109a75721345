package clinic.cadence.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook's memory does not grow with the therapists: a chain's workbook is written in a JVM
 * whose heap is far smaller than its By therapist sheet would take held in memory. Run in a child
 * JVM so the bound is the heap limit itself (it finishes or runs out), not a reading GC can blur.
 */
class WorkbookMemoryTest {
    private static final int THERAPISTS = 3_000;
    private static final int WEEKS = 26;
    private static final int CLIENTS_EACH = 4;
    /**
     * Measured on this workbook: streamed it is written with 24 MB; with its demand sheets kept in
     * memory for POI's evaluator (as before the results were computed in Java) 96 MB ran out.
     */
    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void aChainsWorkbookWithThousandsOfTherapistColumnsIsWrittenInASmallHeap() throws Exception {
        Path file = dir.resolve("chain.xlsx");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ChainWorkbook.class.getName(), file.toString(), Integer.toString(THERAPISTS), Integer.toString(WEEKS),
                Integer.toString(CLIENTS_EACH))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM finished");
        assertEquals(0, child.exitValue(), () -> "written in " + HEAP + ": " + read(log));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet byTherapist = wb.getSheet("By therapist");
            assertEquals(1 + 3 * THERAPISTS, byTherapist.getRow(0).getLastCellNum(), "three columns a therapist");
            assertEquals(WEEKS + 1, byTherapist.getLastRowNum(), "weeks and totals");
            assertEquals(1 + 3 * THERAPISTS, byTherapist.getRow(WEEKS + 1).getLastCellNum(), "a total for each");
            assertEquals(THERAPISTS * CLIENTS_EACH, wb.getSheet("Clients").getLastRowNum());
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
