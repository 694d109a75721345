package clinic.cadence.rules;

import clinic.cadence.client.Client;
import clinic.cadence.plan.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The frequency rules R1-R10 with the clinic's parameters. Pure: no I/O once loaded. */
public final class Rulebook {
    private static final String RESOURCE = "/clinic/cadence/rules/rulebook.properties";

    /** The shipped file, read once: the defaults and every parameter's meaning. */
    private static final class Bundled {
        static final ParameterFile FILE = ParameterFile.bundled(RESOURCE, RuleParameter.NAMES, "rulebook");
        static final Rulebook DEFAULTS = new Rulebook("built-in defaults", FILE.sha256(),
                numbers(FILE, new int[RuleParameter.values().length]));
    }

    private final String source;
    private final String sha256;
    private final int[] numbers;

    private Rulebook(String source, String sha256, int[] numbers) {
        this.source = source;
        this.sha256 = sha256;
        this.numbers = numbers;
    }

    /** The defaults of rules.md, shipped inside the jar. */
    public static Rulebook defaults() {
        return Bundled.DEFAULTS;
    }

    /** A clinic's own rulebook file. @throws clinic.cadence.UnusableInputException naming file, line, parameter */
    public static Rulebook load(Path file) {
        ParameterFile read = ParameterFile.read(file, RuleParameter.NAMES, "rulebook");
        return new Rulebook(file.toString(), read.sha256(), numbers(read, defaults().numbers.clone()));
    }

    /** Writes the default rulebook file, commented, for a clinic to start from. */
    public static void writeDefaults(Path file) {
        ParameterFile.write(RESOURCE, file, "rulebook");
    }

    /** Where the rulebook came from: the file's path, or "built-in defaults". */
    public String source() {
        return source;
    }

    /** SHA-256 (hex) of the rulebook file's bytes, or of the built-in file's. */
    public String sha256() {
        return sha256;
    }

    /** Every parameter in force, in file order. */
    public List<Parameter> parameters() {
        Map<String, String> meanings = Bundled.FILE.meanings();
        List<Parameter> parameters = new ArrayList<>();
        for (String name : meanings.keySet()) {
            parameters.add(new Parameter(name, Integer.toString(numbers[RuleParameter.named(name).ordinal()]),
                    meanings.get(name)));
        }
        return List.copyOf(parameters);
    }

    /** The plan for one client as of one date. */
    public Plan plan(Client client, Settings settings, LocalDate asOf) {
        return new Planner(this, client, settings, asOf).plan();
    }

    /** One number of the rulebook. */
    int get(RuleParameter parameter) {
        return numbers[parameter.ordinal()];
    }

    /** Reads each line over {@code numbers} (the defaults, or zeros for the shipped file). */
    private static int[] numbers(ParameterFile file, int[] numbers) {
        ParameterFile.Line minLine = null;
        for (ParameterFile.Line line : file.lines()) {
            RuleParameter parameter = RuleParameter.named(line.name());
            numbers[parameter.ordinal()] = file.wholeNumber(line, parameter.min, parameter.max, parameter.unit);
            if (parameter == RuleParameter.RELIEF_MAINTENANCE_MIN_WEEKS
                    || parameter == RuleParameter.RELIEF_MAINTENANCE_MAX_WEEKS) {
                minLine = line;
            }
        }
        int min = numbers[RuleParameter.RELIEF_MAINTENANCE_MIN_WEEKS.ordinal()];
        int max = numbers[RuleParameter.RELIEF_MAINTENANCE_MAX_WEEKS.ordinal()];
        if (min > max) {
            // Name the later of the two lines: that is where the two stopped agreeing.
            throw file.invalid(minLine, "relief.maintenance.min_weeks (" + min
                    + ") no larger than relief.maintenance.max_weeks (" + max + ")");
        }
        return numbers;
    }
}
