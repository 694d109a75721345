package clinic.cadence.roster;

import clinic.cadence.UnusableInputException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of one sheet of an XLSX workbook, read with POI's event API: the sheet's XML is parsed
 * as a stream, so a 100,000-row roster never sits in memory. POI's guards stay on: its secure XML
 * parser refuses document type declarations (external entities), and its zip reader refuses
 * entries that expand suspiciously (zip bombs).
 */
final class XlsxRows implements RowSource {
    private final Path file;
    private final String sheet;
    private final List<String> notes = new ArrayList<>();
    private SheetLayout layout;
    private boolean noted;
    /** The workbook's text cells: the same for every pass, and all POI's event API keeps in memory. */
    private List<String> strings;

    private XlsxRows(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** @param requested the sheet's name (matched ignoring case when no exact match), or null for the first */
    static XlsxRows open(Path file, String requested) {
        List<String> names = sheetNames(file);
        if (names.isEmpty()) {
            throw new UnusableInputException(file + ": the workbook has no sheets");
        }
        if (requested == null) {
            return new XlsxRows(file, names.get(0));
        }
        String found = find(names, requested);
        if (found == null) {
            throw new UnusableInputException(file + ": has no sheet named '" + requested + "'; sheets found: "
                    + String.join(", ", names));
        }
        return new XlsxRows(file, found);
    }

    static String find(List<String> names, String wanted) {
        for (String name : names) {
            if (name.equals(wanted)) {
                return name;
            }
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(wanted.strip())) {
                return name;
            }
        }
        return null;
    }

    static List<String> sheetNames(Path file) {
        return withWorkbook(file, (pkg, reader) -> {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        });
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        withWorkbook(file, (pkg, reader) -> {
            if (strings == null) {
                strings = SharedText.of(reader); // read once for both passes
            }
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    if (sheets.getSheetName().equals(sheet)) {
                        if (layout == null) {
                            org.apache.poi.openxml4j.opc.PackagePart part = sheets.getSheetPart();
                            layout = SheetLayout.of(part, part::getInputStream);
                        }
                        SheetHandler handler = new SheetHandler(strings, CellStyles.of(reader), isDate1904(reader),
                                layout, visitor);
                        parse(xml, handler);
                        note(handler);
                        return null;
                    }
                }
            }
            throw new UnusableInputException(file + ": sheet '" + sheet + "' disappeared while reading");
        });
    }

    /** What the first whole pass showed: rows that are not clients, merged ranges applied. */
    private void note(SheetHandler handler) {
        if (noted) {
            return;
        }
        noted = true;
        List<Integer> outside = handler.outsideTable();
        if (!outside.isEmpty()) {
            SheetLayout.Table table = layout.table();
            boolean totals = table.lastRow() > table.lastDataRow() && outside.get(0) <= table.lastRow();
            notes.add(rowsText(outside) + " of sheet '" + sheet + "' " + (outside.size() == 1 ? "is" : "are")
                    + " below the data of the Excel table '" + table.name() + "'"
                    + (totals ? " (its totals row)" : "") + ": not clients");
        }
        if (handler.mergedCellsFilled() > 0) {
            notes.add(handler.mergedCellsFilled() + " cells of merged ranges in sheet '" + sheet
                    + "' take the value shown at the top of their range");
        }
    }

    private static String rowsText(List<Integer> rows) {
        if (rows.size() == 1) {
            return "row " + rows.get(0);
        }
        return rows.size() <= 5 ? "rows " + rows.toString().replaceAll("[\\[\\]]", "")
                : "rows " + rows.get(0) + " to " + rows.get(rows.size() - 1) + " (" + rows.size() + ")";
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    String sheet() {
        return sheet;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** Dates in a workbook made on an old Mac count from 1904 (workbook.xml says so). */
    private static boolean isDate1904(XSSFReader reader) throws Exception {
        boolean[] date1904 = {false};
        try (InputStream xml = reader.getWorkbookData()) {
            parse(xml, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
        }
        return date1904[0];
    }

    /** Work on an open workbook. */
    @FunctionalInterface
    interface WorkbookTask<T> {
        T run(OPCPackage pkg, XSSFReader reader) throws Exception;
    }

    /**
     * Only a failure to read the workbook itself becomes "cannot be read"; whatever the rows'
     * visitor throws (a full disk while writing, a bug in planning) leaves here unchanged, so it
     * keeps its own message and exit status.
     */
    static <T> T withWorkbook(Path file, WorkbookTask<T> task) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (pkg.isStrictOoxmlFormat()) {
                throw new UnusableInputException(file + ": is saved as a \"Strict Open XML Spreadsheet\", which Cadence "
                        + "cannot read; save it in Excel as \"Excel Workbook (.xlsx)\" or as CSV");
            }
            return task.run(pkg, new XSSFReader(pkg));
        } catch (SheetHandler.VisitorFailure e) {
            throw rethrown(e.getCause());
        } catch (UnusableInputException e) {
            throw e;
        } catch (Exception e) {
            throw new UnusableInputException(file + ": " + refusal(e), e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (RuntimeException) cause;
    }

    /** POI's own words are for programmers; say what they mean for the manager. */
    private static String refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb")) {
                return "refused: a part of this workbook expands to far more than its size (a zip bomb?); "
                        + "open and save it in Excel, or export CSV";
            }
            if (message.contains("DOCTYPE")) {
                return "refused: the workbook's XML declares a document type (it could pull in external "
                        + "files); open and save it in Excel, or export CSV";
            }
        }
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return "cannot be read as an Excel workbook (" + (newline < 0 ? message : message.substring(0, newline)) + ")";
    }
}
