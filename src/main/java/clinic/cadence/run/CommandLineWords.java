package clinic.cadence.run;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line mistakes answered in the clinic's words: one line, what was given, what is
 * expected, and the nearest option when one was misspelt. No Java type or exception names.
 */
final class CommandLineWords {
    private CommandLineWords() {
    }

    /** The line for a mistake picocli found while reading the command line. */
    static String mistake(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        Matcher expected = NO_VALUE.matcher(String.valueOf(e.getMessage()));
        if (expected.find()) {
            OptionSpec option = e.getCommandLine().getCommandSpec().findOption(expected.group(1));
            String label = option == null ? "" : " " + option.paramLabel();
            return expected.group(1) + " needs a value: " + expected.group(1) + label + ", not " + expected.group(2);
        }
        if (e instanceof CommandLine.MissingParameterException && e.getArgSpec() instanceof OptionSpec option) {
            return option.longestName() + " needs a value: " + option.longestName() + " " + option.paramLabel();
        }
        if (e instanceof CommandLine.OverwrittenOptionException && e.getArgSpec() instanceof OptionSpec option) {
            return option.longestName() + " is given twice: give it once";
        }
        ArgSpec spec = e.getArgSpec();
        Throwable cause = e.getCause();
        if (spec instanceof OptionSpec option && cause instanceof CommandLine.TypeConversionException) {
            return option.longestName() + " " + cause.getMessage();
        }
        if (spec instanceof OptionSpec option && e.getValue() != null) {
            return option.longestName() + " '" + e.getValue() + "' cannot be used: expected " + option.paramLabel();
        }
        // picocli's own wording, without any Java type names it may carry.
        return e.getMessage().replaceAll("\\s*\\(?(java|picocli)\\.[\\w.$]+\\)?", "");
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e) {
        List<String> given = e.getUnmatched();
        String first = given.isEmpty() ? "" : given.get(0);
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            // picocli ranks the known options by likeness; its first is the nearest.
            List<String> suggestions = e.getSuggestions();
            return "unknown option " + name + (suggestions.isEmpty() ? "" : "; did you mean " + suggestions.get(0) + "?");
        }
        return "'" + first + "' is one argument too many: give one roster file (put a name with spaces in quotes)";
    }

    /** picocli's words when an option's value is missing and the next option was found instead. */
    private static final Pattern NO_VALUE = Pattern.compile("Expected parameter for option '([^']+)' but found '([^']*)'");
    private static final Pattern DAY_FIRST_OR_MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})");

    /**
     * {@code --as-of}: only YYYY-MM-DD, so no date is ever guessed; a date in another common form
     * is answered with what it would be in that form (both readings when it reads two ways).
     */
    static final class PlanDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            String text = value.strip();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "': write the plan date as YYYY-MM-DD"
                        + readings(text));
            }
        }

        private static String readings(String text) {
            Matcher iso = ISO_LIKE.matcher(text);
            if (iso.matches()) {
                LocalDate date = date(iso.group(1), iso.group(2), iso.group(3));
                return date == null ? " (there is no such day)" : ", e.g. " + date;
            }
            Matcher slash = DAY_FIRST_OR_MONTH_FIRST.matcher(text);
            if (!slash.matches()) {
                return ", e.g. " + LocalDate.of(2026, 11, 23) + " for 23 November 2026";
            }
            String year = slash.group(3).length() == 2 ? "20" + slash.group(3) : slash.group(3);
            List<String> options = new ArrayList<>();
            LocalDate dayFirst = date(year, slash.group(2), slash.group(1));
            LocalDate monthFirst = date(year, slash.group(1), slash.group(2));
            if (dayFirst != null) {
                options.add(dayFirst + " if it is day first");
            }
            if (monthFirst != null && !monthFirst.equals(dayFirst)) {
                options.add(monthFirst + " if it is month first");
            }
            if (options.isEmpty()) {
                return " (there is no such day)";
            }
            return options.size() == 1 ? ": " + options.get(0).replace(" if it is day first", "")
                    .replace(" if it is month first", "") : ": " + String.join(", or ", options);
        }

        private static LocalDate date(String year, String month, String day) {
            try {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
    }

    /** A whole number in a range, said in the clinic's words when it is not one. */
    private abstract static class WholeNumber implements CommandLine.ITypeConverter<Integer> {
        private final int min;
        private final int max;
        private final String unit;

        WholeNumber(int min, int max, String unit) {
            this.min = min;
            this.max = max;
            this.unit = unit;
        }

        @Override
        public Integer convert(String value) {
            String text = value.strip();
            if (text.matches("\\d{1,4}")) {
                int n = Integer.parseInt(text);
                if (n >= min && n <= max) {
                    return n;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "': expected a whole number of " + unit
                    + " from " + min + " to " + max + ", e.g. " + example());
        }

        abstract String example();
    }

    static final class Weeks extends WholeNumber {
        Weeks() {
            super(1, 104, "weeks");
        }

        @Override
        String example() {
            return "--horizon-weeks 12";
        }
    }

    static final class Threads extends WholeNumber {
        Threads() {
            super(1, 64, "threads");
        }

        @Override
        String example() {
            return "--threads 2";
        }
    }
}
