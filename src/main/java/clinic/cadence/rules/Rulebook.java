package clinic.cadence.rules;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The frequency rules R1-R10 with the clinic's parameters. Pure: no I/O once loaded. */
public final class Rulebook {

    /** The defaults of rules.md, shipped inside the jar. */
    public static Rulebook defaults() {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }

    /** A clinic's own rulebook file. @throws clinic.cadence.UnusableInputException naming file, line, parameter */
    public static Rulebook load(Path file) {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }

    /** Writes the default rulebook file, commented, for a clinic to start from. */
    public static void writeDefaults(Path file) {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }

    /** Where the rulebook came from: the file's path, or "built-in defaults". */
    public String source() {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }

    /** SHA-256 (hex) of the rulebook file's bytes, or of the built-in file's. */
    public String sha256() {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }

    /** Every parameter in force, in file order. */
    public List<Parameter> parameters() {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }

    /** The plan for one client as of one date. */
    public Plan plan(Client client, Settings settings, LocalDate asOf) {
        throw new UnsupportedOperationException("rulebook: issue 3");
    }
}
