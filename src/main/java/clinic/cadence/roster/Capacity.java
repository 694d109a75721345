package clinic.cadence.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The therapists' weekly hours, when the clinic gives them. Without capacity the workbook leaves
 * input cells for the planner to fill in.
 */
public record Capacity(List<TherapistCapacity> therapists) {

    public Capacity {
        therapists = List.copyOf(therapists);
    }

    /** The sheet of an XLSX roster that holds capacity (matched ignoring case). */
    static final String SHEET = "Capacity";

    public static Capacity none() {
        return new Capacity(List.of());
    }

    public boolean isKnown() {
        return !therapists.isEmpty();
    }

    /**
     * Reads {@code --capacity FILE} (CSV, or XLSX: its {@code Capacity} sheet, else its first).
     *
     * @throws clinic.cadence.UnusableInputException naming the file, row and problem
     */
    public static Capacity read(Path file) {
        String sheet = null;
        if (RowSource.Format.of(file) == RowSource.Format.XLSX) {
            sheet = XlsxRows.find(XlsxRows.sheetNames(file), SHEET); // else the first sheet
        }
        return CapacityReader.read(RowSource.open(file, sheet), file.toString());
    }

    /** The {@code Capacity} sheet of an XLSX roster, if it has one. */
    public static Optional<Capacity> fromRosterWorkbook(Path roster) {
        if (RowSource.Format.of(roster) != RowSource.Format.XLSX) {
            return Optional.empty();
        }
        String sheet = XlsxRows.find(XlsxRows.sheetNames(roster), SHEET);
        if (sheet == null) {
            return Optional.empty();
        }
        return Optional.of(CapacityReader.read(XlsxRows.open(roster, sheet), roster + " (sheet " + sheet + ")"));
    }
}
