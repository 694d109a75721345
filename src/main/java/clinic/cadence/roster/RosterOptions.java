package clinic.cadence.roster;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Map;

/**
 * How to read one roster.
 *
 * @param sheet       the XLSX sheet to read, or null for the first (or the one sheet with a roster header)
 * @param dateOrder   the order of slash dates, or null to take the file's own (its unambiguous dates)
 * @param asOf        the plan date: dates after it are rejected; two-digit years are read around it
 * @param encoding    a CSV's character set as the manager named it (--encoding), or null to detect it
 * @param columnNames canonical column name -> the clinic's own header for it (settings' column.*)
 */
public record RosterOptions(String sheet, DateOrder dateOrder, LocalDate asOf, Charset encoding,
        Map<String, String> columnNames) {

    public RosterOptions {
        columnNames = Map.copyOf(columnNames);
    }

    public RosterOptions(String sheet, DateOrder dateOrder, LocalDate asOf) {
        this(sheet, dateOrder, asOf, null, Map.of());
    }
}
