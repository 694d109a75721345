package clinic.cadence.roster;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a sheet shows the manager beyond its cells: merged ranges (Excel keeps the value in the
 * top-left cell only, the manager sees it across the range) and Excel Tables (a totals row, and
 * anything outside the table, is not a client). Read once, before the rows.
 *
 * @param merges merged ranges, by first row (1-based rows, 0-based columns as in {@link CellRangeAddress}, 0-based rows)
 * @param table  the sheet's Excel Table, or null when it has none or several
 */
record SheetLayout(List<CellRangeAddress> merges, Table table) {

    static final SheetLayout NONE = new SheetLayout(List.of(), null);

    /**
     * An Excel Table's extent in 1-based rows and 0-based columns.
     *
     * @param lastDataRow the last row above its totals row
     */
    record Table(String name, int firstRow, int lastDataRow, int lastRow, int firstColumn, int lastColumn) {
        boolean holds(int row) {
            return row >= firstRow && row <= lastDataRow;
        }
    }

    /** @param sheetXml the sheet's bytes, read again only when they hold a merged range */
    static SheetLayout of(PackagePart sheet, ThrowingStream sheetXml) throws Exception {
        return new SheetLayout(merges(sheetXml), table(sheet));
    }

    /** Opens the sheet's XML afresh. */
    @FunctionalInterface
    interface ThrowingStream {
        InputStream open() throws Exception;
    }

    /**
     * A cheap scan of the raw bytes first: a sheet without the word mergeCell has no merged
     * range, and most rosters have none, so the XML is parsed for them only when it may.
     */
    private static List<CellRangeAddress> merges(ThrowingStream xml) throws Exception {
        if (!contains(xml, "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return List.of();
        }
        List<CellRangeAddress> ranges = new ArrayList<>();
        parse(xml, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                    CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
                    if (range.getLastRow() > range.getFirstRow()) {
                        ranges.add(range); // only ranges down several rows change what a row holds
                    }
                }
            }
        });
        ranges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        return List.copyOf(ranges);
    }

    private static Table table(PackagePart sheet) throws Exception {
        List<Table> tables = new ArrayList<>();
        for (PackageRelationship rel : sheet.getRelationshipsByType(XSSFRelation.TABLE.getRelation())) {
            PackagePart part = sheet.getPackage().getPart(PackagingURIHelper.createPartName(
                    PackagingURIHelper.resolvePartUri(sheet.getPartName().getURI(), rel.getTargetURI())));
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    Table table = readTable(in);
                    if (table != null) {
                        tables.add(table);
                    }
                }
            }
        }
        return tables.size() == 1 ? tables.get(0) : null;
    }

    /** The table, if its columns are a roster's or a capacity table's (a lookup list beside the roster is not). */
    private static Table readTable(InputStream in) throws Exception {
        Table[] table = {null};
        int[] known = {0};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if ("table".equals(localName) && a.getValue("ref") != null && table[0] == null) {
                    CellRangeAddress ref = CellRangeAddress.valueOf(a.getValue("ref"));
                    int totals = count(a.getValue("totalsRowCount"), a.getValue("totalsRowShown"));
                    String name = a.getValue("displayName") != null ? a.getValue("displayName") : a.getValue("name");
                    table[0] = new Table(name == null ? "" : name, ref.getFirstRow() + 1, ref.getLastRow() + 1 - totals,
                            ref.getLastRow() + 1, ref.getFirstColumn(), ref.getLastColumn());
                } else if ("tableColumn".equals(localName) && a.getValue("name") != null) {
                    String name = a.getValue("name");
                    if (Column.byHeader(name) != null || CapacityColumn.byHeader(name) != null) {
                        known[0]++;
                    }
                }
            }
        });
        parser.parse(new InputSource(in));
        return known[0] >= 2 ? table[0] : null;
    }

    /** totalsRowCount="1" says the table has one; totalsRowShown alone does not. */
    private static int count(String totalsRowCount, String shown) {
        if (totalsRowCount == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(totalsRowCount.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void parse(ThrowingStream xml, DefaultHandler handler) throws Exception {
        try (InputStream in = xml.open()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        }
    }

    private static boolean contains(ThrowingStream xml, byte[] word) throws Exception {
        try (InputStream in = xml.open()) {
            byte[] buffer = new byte[1 << 16];
            int kept = 0;
            for (int n = in.read(buffer, kept, buffer.length - kept); n > 0; n = in.read(buffer, kept, buffer.length - kept)) {
                int end = kept + n;
                if (indexOf(buffer, end, word) >= 0) {
                    return true;
                }
                kept = Math.min(word.length - 1, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
            }
            return false;
        }
    }

    private static int indexOf(byte[] data, int end, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= end; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
