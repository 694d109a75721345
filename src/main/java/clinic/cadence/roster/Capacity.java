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

    public static Capacity none() {
        return new Capacity(List.of());
    }

    public boolean isKnown() {
        return !therapists.isEmpty();
    }

    /**
     * Reads {@code --capacity FILE} (CSV or XLSX).
     *
     * @throws clinic.cadence.UnusableInputException naming the file, row and problem
     */
    public static Capacity read(Path file) {
        throw new UnsupportedOperationException("capacity reading: issue 4");
    }

    /** The {@code Capacity} sheet of an XLSX roster, if it has one. */
    public static Optional<Capacity> fromRosterWorkbook(Path roster) {
        throw new UnsupportedOperationException("capacity reading: issue 4");
    }
}
