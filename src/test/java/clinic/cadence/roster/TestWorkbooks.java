package clinic.cadence.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test-scope generator of the XLSX files of the corpus (see src/test/resources/roster/README.md):
 * workbooks are built with POI's ordinary API, typed the way Excel types them, so no binaries
 * are committed. Hostile workbooks are made by rewriting a generated one's zip entries.
 */
final class TestWorkbooks {
    private TestWorkbooks() {
    }

    /** A sheet being written: values go in typed, as a person typing into Excel would leave them. */
    static final class SheetWriter {
        final XSSFWorkbook workbook;
        final Sheet sheet;
        final CellStyle dateStyle;
        final CellStyle paddedStyle;

        SheetWriter(XSSFWorkbook workbook, String name) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(name);
            this.dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            this.paddedStyle = workbook.createCellStyle();
            paddedStyle.setDataFormat(workbook.createDataFormat().getFormat("00000"));
        }

        /** Row numbers are Excel's (1-based); values: String, Number, LocalDate, null (no cell). */
        Row row(int excelRow, Object... values) {
            Row row = sheet.createRow(excelRow - 1);
            for (int i = 0; i < values.length; i++) {
                set(row, i, values[i]);
            }
            return row;
        }

        Cell set(Row row, int column, Object value) {
            if (value == null) {
                return null;
            }
            Cell cell = row.createCell(column);
            if (value instanceof Number) {
                cell.setCellValue(((Number) value).doubleValue());
            } else if (value instanceof LocalDate) {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(value.toString());
            }
            return cell;
        }
    }

    static Path write(Path file, Consumer<XSSFWorkbook> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** A copy of {@code source} with one entry's bytes replaced by what {@code replacement} writes. */
    static Path rewriteEntry(Path source, Path target, String entry, EntryWriter replacement) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    replacement.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    @FunctionalInterface
    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A small valid roster workbook to make hostile variants of. */
    static Path plain(Path file) throws IOException {
        return write(file, workbook -> {
            SheetWriter sheet = new SheetWriter(workbook, "Roster");
            sheet.row(1, "client_id", "name", "condition");
            sheet.row(2, "1", "Ann", "wellness");
        });
    }

    /** The sheet's XML with a document type that pulls in a local file (an XXE attack). */
    static Path externalEntity(Path dir) throws IOException {
        Path plain = plain(dir.resolve("plain-for-xxe.xlsx"));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>client_id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>condition</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>&secret;</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>wellness</t></is></c></row>"
                + "</sheetData></worksheet>";
        return rewriteEntry(plain, dir.resolve("external-entity.xlsx"), "xl/worksheets/sheet1.xml",
                out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The sheet's XML padded with 64 MB of spaces: it compresses over 1000 to 1. */
    static Path zipBomb(Path dir) throws IOException {
        Path plain = plain(dir.resolve("plain-for-bomb.xlsx"));
        return rewriteEntry(plain, dir.resolve("zip-bomb.xlsx"), "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * The least a program can write and Excel still opens: no shared strings, no styles, inline
     * text, as some booking systems export.
     */
    static Path minimal(Path file, String sheetData) throws IOException {
        String ns = "http://schemas.openxmlformats.org/";
        String[][] entries = {
            {"[Content_Types].xml", "<Types xmlns=\"" + ns + "package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>"},
            {"_rels/.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"},
            {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
                + "officeDocument/2006/relationships\"><sheets><sheet name=\"Export\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>"},
            {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>" + sheetData
                + "</sheetData></worksheet>"},
        };
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] entry : entries) {
                out.putNextEntry(new ZipEntry(entry[0]));
                out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
