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

    /** What reading decided on the file's behalf (its encoding, rows that are not clients), once read. */
    default java.util.List<String> notes() {
        return java.util.List.of();
    }

    /** The file's content decides its format, not its name: a workbook saved as .csv is still a workbook. */
    static RowSource open(Path file, String sheet) {
        return open(file, sheet, null);
    }

    /** @param encoding a text file's character set as the manager named it, or null to detect it */
    static RowSource open(Path file, String sheet, java.nio.charset.Charset encoding) {
        switch (Format.of(file)) {
            case XLSX:
                return XlsxRows.open(file, sheet);
            case XLS:
                throw new UnusableInputException(file + ": is an old Excel 97-2003 (.xls) or password-protected "
                        + "workbook; save it as .xlsx (without a password) or as CSV");
            case ODS:
                // No maintained library reads .ods as a stream (ODF Toolkit and SODS load it whole).
                throw new UnusableInputException(file + ": is a LibreOffice/OpenDocument spreadsheet (.ods); "
                        + "save it as .xlsx or CSV");
            case OTHER_ZIP:
                throw new UnusableInputException(file + ": is a zip file but not an Excel workbook; "
                        + "export the roster as .xlsx or CSV");
            default:
                return CsvRows.open(file, encoding);
        }
    }

    /** What a file holds, from its first bytes. */
    enum Format {
        XLSX, XLS, ODS, OTHER_ZIP, TEXT;

        static Format of(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new UnusableInputException(file + ": file not found");
            }
            byte[] head = new byte[128];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw new UnusableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return zipFormat(file, new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                    && (head[3] & 0xff) == 0xE0) {
                return XLS;
            }
            return TEXT;
        }

        /**
         * An OpenDocument file starts with its uncompressed "mimetype" entry; anything else is
         * told apart by its entries: a workbook has xl/workbook.xml (or, rarely, another name its
         * content types give), so only a zip without [Content_Types].xml is plainly something else.
         */
        private static Format zipFormat(Path file, String head) {
            if (head.contains("mimetypeapplication/vnd.oasis.opendocument")) {
                return head.contains("opendocument.spreadsheet") ? ODS : OTHER_ZIP;
            }
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return zip.getEntry("[Content_Types].xml") != null ? XLSX : OTHER_ZIP;
            } catch (IOException e) {
                return XLSX; // a damaged workbook: POI's reading says what is wrong with it
            }
        }
    }
}
