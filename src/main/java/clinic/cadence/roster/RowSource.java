package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A table of rows read from a CSV file or one sheet of an XLSX workbook, streamed. */
interface RowSource {

    /** Streams every row (blank ones included) to the visitor; may be called more than once. */
    void forEachRow(RowVisitor visitor);

    /** The file's content decides its format, not its name: a workbook saved as .csv is still a workbook. */
    static RowSource open(Path file, String sheet) {
        switch (Format.of(file)) {
            case XLSX:
                return XlsxRows.open(file, sheet);
            case XLS:
                throw new UnusableInputException(file + ": is an old Excel 97-2003 (.xls) or password-protected "
                        + "workbook; save it as .xlsx (without a password) or as CSV");
            default:
                return CsvRows.open(file);
        }
    }

    /** What a file holds, from its first bytes. */
    enum Format {
        XLSX, XLS, TEXT;

        static Format of(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new UnusableInputException(file + ": file not found");
            }
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            } catch (IOException e) {
                throw new UnusableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return XLSX;
            }
            if (n == 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                    && (head[3] & 0xff) == 0xE0) {
                return XLS;
            }
            return TEXT;
        }
    }
}
