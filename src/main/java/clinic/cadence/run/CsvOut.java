package clinic.cadence.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as Cadence writes them: UTF-8 with a BOM (so Excel reads names right), comma
 * separated, CRLF, text made spreadsheet-safe. Rows are written as they come (streaming).
 */
public final class CsvOut implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();
    private final CSVPrinter printer;
    private boolean closed;

    public CsvOut(Path file, String... header) {
        try {
            OutputStream out = Files.newOutputStream(file);
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                    FORMAT);
            printer.printRecord((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; text values are made spreadsheet-safe, numbers and dates written as they are. */
    public void row(Object... values) {
        try {
            for (Object value : values) {
                printer.print(value instanceof String ? SpreadsheetText.safe((String) value) : value);
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes once; the run closes each file when done and try-with-resources closes it again. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
