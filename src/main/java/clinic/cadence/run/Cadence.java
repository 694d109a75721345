package clinic.cadence.run;

import clinic.cadence.UnusableInputException;
import clinic.cadence.roster.DateOrder;
import clinic.cadence.rules.Paper;
import clinic.cadence.send.SendCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code cadence} command: one weekly run, or writing the defaults out for a clinic to edit. */
@Command(name = "cadence", mixinStandardHelpOptions = true, versionProvider = Cadence.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Plans how often each client of the roster should come in for back pain, and writes "
                + "a PDF plan per client, capacity.xlsx, sessions.csv, rejected.csv, plans.csv, changes.csv (what changed "
                + "since the last run), outbox/ (emails, with mail.from in the settings) and run.json into the out folder.",
            "", "Exit status: 0 every active row planned; 1 rows were rejected (see rejected.csv); "
                + "2 bad command line; 3 an input, the rulebook, the settings or a template cannot be used "
                + "(nothing written); 4 the outputs could not be written; 5 the run looks like a broken export "
                + "and did not replace the last run (see --replace-anyway).", ""})
public final class Cadence implements Callable<Integer> {

    /** The sample a run plans when no roster is given; with it, the sample clinic's settings. */
    static final Path SAMPLE_ROSTER = Path.of("sample-data", "roster.csv");
    static final Path SAMPLE_SETTINGS = Path.of("sample-data", "settings.properties");

    @Option(names = "--roster", paramLabel = "FILE",
            description = "The client roster, CSV or XLSX; may also be given as a plain argument "
                    + "(default: the sample, sample-data/roster.csv, with sample-data/settings.properties).")
    Path roster;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROSTER", description = "The client roster, as --roster.")
    Path rosterArgument;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The XLSX roster's sheet (default: the first).")
    String sheet;

    @Option(names = "--capacity", paramLabel = "FILE",
            description = "Therapists' weekly hours, CSV or XLSX (default: the roster workbook's Capacity sheet, if any).")
    Path capacity;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the run goes; replaced whole at the end, the run it replaces kept beside it as "
                    + "DIR.previous (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = CommandLineWords.PlanDate.class,
            description = "The plan date (default: today).")
    LocalDate asOf;

    @Option(names = "--horizon-weeks", paramLabel = "N", converter = CommandLineWords.Weeks.class,
            description = "Weeks planned ahead, 1 to 104 (default: the settings', 12).")
    Integer horizonWeeks;

    @Option(names = "--rules", paramLabel = "FILE", description = "The clinic's rulebook (default: the built-in one).")
    Path rules;

    @Option(names = "--settings", paramLabel = "FILE", description = "The clinic's settings: letterhead, open days, closed dates (default: the built-in ones, "
                    + "which carry no clinic name or contact lines).")
    Path settings;

    @Option(names = "--templates", paramLabel = "DIR", description = "The clinic's plan templates and message catalogues in DIR/messages (default: the built-in ones).")
    Path templates;

    @Option(names = "--date-order", paramLabel = "dmy|mdy", converter = DateOrderConverter.class,
            description = "How to read slash dates like 03/04/2026 (default: only unambiguous ones are accepted).")
    DateOrder dateOrder;

    @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetConverter.class,
            description = "The CSV roster's character set, e.g. Shift_JIS, GB18030, windows-1250, x-MacRoman "
                    + "(default: detected).")
    Charset encoding;

    @Option(names = "--paper", paramLabel = "a4|letter", converter = PaperConverter.class,
            description = "The plans' paper size (default: the settings', A4).")
    Paper paper;

    @Option(names = "--threads", paramLabel = "N", converter = CommandLineWords.Threads.class,
            description = "Threads that render PDFs, 1 to 64 (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--previous", paramLabel = "DIR",
            description = "An earlier run's out folder to tell what changed since (default: the out folder this run replaces).")
    Path previous;

    @Option(names = "--email", paramLabel = "changed|all", converter = EmailConverter.class,
            description = "Who gets an email in outbox/: clients whose plan is new or changed, or all planned clients (default: changed).")
    String email = "changed";

    @Option(names = "--no-pdf", description = "Plan and write everything but the PDFs.")
    boolean noPdf;

    @Option(names = "--strict", description = "Write nothing if any row is rejected; print the rejections.")
    boolean strict;

    @Option(names = "--quiet", description = "No progress line and no summary; errors still print.")
    boolean quiet;

    @Option(names = "--replace-anyway",
            description = "Replace the last run even when this one looks like a broken export (most rows rejected, "
                    + "most clients gone, or the plan date far from the last run's).")
    boolean replaceAnyway;

    @Option(names = "--restore-previous",
            description = "Undo a week: put the run kept beside the out folder (DIR.previous) back as the out "
                    + "folder; the run it replaces is kept as DIR.previous, so doing it again swaps back. Then stop.")
    boolean restorePrevious;

    @Option(names = "--write-defaults", paramLabel = "DIR",
            description = "Write the built-in rulebook, settings, templates and message catalogues into DIR for the "
                    + "clinic to edit, then stop; files already there are kept.")
    Path writeDefaults;

    @Option(names = "--overwrite-defaults",
            description = "With --write-defaults: replace files already in DIR with the built-in ones.")
    boolean overwriteDefaults;

    private final PrintStream stdout;
    private final PrintStream stderr;

    Cadence(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command as {@code main} would, without exiting: for tests and embedding. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        CommandLine cli = new CommandLine(new Cadence(stdout, stderr));
        cli.addSubcommand("send", new SendCommand(stdout, stderr));
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        cli.setParameterExceptionHandler((e, a) -> {
            stderr.println("cadence: " + CommandLineWords.mistake(e) + " (see --help)");
            return ExitStatus.BAD_COMMAND_LINE.code();
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            stderr.println("cadence: " + oneLine(e));
            return ExitStatus.FAILED.code();
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            if (writeDefaults != null) {
                return writeDefaults();
            }
            if (restorePrevious) {
                OutputFolder.restorePrevious(out);
                PreviousRun now = PreviousRun.in(out);
                stdout.println("Put the earlier run" + (now.exists() ? " (as of " + now.asOf + ")" : "") + " back as "
                        + out + "; the run it replaced is kept as " + out.getFileName()
                        + ".previous (--restore-previous again swaps them back).");
                return ExitStatus.PLANNED.code();
            }
            if (roster != null && rosterArgument != null && !roster.equals(rosterArgument)) {
                stderr.println("cadence: two rosters given, " + roster + " and " + rosterArgument
                        + ": give one, as --roster FILE or as a plain argument (see --help)");
                return ExitStatus.BAD_COMMAND_LINE.code();
            }
            return plan();
        } catch (UnusableInputException e) {
            stderr.println("cadence: " + e.getMessage());
            return ExitStatus.UNUSABLE_INPUT.code();
        } catch (OutputException e) {
            stderr.println("cadence: " + e.getMessage());
            return ExitStatus.FAILED.code();
        }
    }

    private int writeDefaults() {
        Defaults.Written written = Defaults.write(writeDefaults, overwriteDefaults);
        stdout.println(Messages.defaultsWritten(writeDefaults, written, overwriteDefaults));
        return ExitStatus.PLANNED.code();
    }

    private int plan() {
        long start = System.nanoTime();
        Path rosterFile = roster != null ? roster : rosterArgument != null ? rosterArgument : SAMPLE_ROSTER;
        Path settingsFile = settings;
        boolean sample = roster == null && rosterArgument == null;
        if (sample && settingsFile == null && Files.isRegularFile(SAMPLE_SETTINGS)) {
            // The sample run shows the sample clinic's letterhead; a clinic's own roster never gets it.
            settingsFile = SAMPLE_SETTINGS;
        }
        InputFiles.check(rosterFile, "roster");
        InputFiles.check(capacity, "capacity file");
        InputFiles.check(rules, "rulebook");
        InputFiles.check(settingsFile, "settings file");
        InputFiles.checkFolder(templates, "templates folder");
        RunRequest request = new RunRequest(rosterFile, sheet, capacity, out, asOf == null ? LocalDate.now() : asOf,
                horizonWeeks, rules, settingsFile, templates, dateOrder, paper, threads, noPdf, strict, quiet,
                encoding, replaceAnyway, previous, "all".equals(email));
        try (RunTempFolder temp = RunTempFolder.create()) {
            BatchRun run = new BatchRun(request);
            if (!quiet) {
                if (sample) {
                    stdout.println(Messages.sampleRun(rosterFile, settingsFile));
                }
                Messages.clinicNotSet(run.settings(), noPdf).ifPresent(stderr::println);
            }
            return execute(run, start);
        } catch (OutOfMemoryError e) {
            // Without this the JVM prints a stack trace and exits 1, which a scheduler reads as
            // "finished, some rows rejected".
            stderr.println("cadence: the run ran out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB) and wrote nothing; the out folder is as it was. Give Java more, e.g. "
                    + "CADENCE_JAVA_OPTS=-Xmx2g with the launcher, or java -Xmx2g -jar cadence.jar");
            return ExitStatus.FAILED.code();
        }
    }

    private int execute(BatchRun run, long start) {
        RunResult result;
        // Closed once, before anything else is printed: a second close redrew the bar over the summary.
        try (Progress progress = Progress.forTerminal(quiet)) {
            result = run.execute(progress);
        }
        if (!quiet || strict) {
            result.roster().warningLines().forEach(stderr::println);
            result.rejectionLines().forEach(stderr::println);
            Messages.notShown(result, strict).ifPresent(stderr::println);
        }
        // A plan with a placeholder in a name is said even with --quiet: it must not go out unnoticed.
        result.undrawableLines().forEach(stderr::println);
        Messages.undrawableNotShown(result).ifPresent(stderr::println);
        if (result.refusal() != null) {
            stderr.println("cadence: " + result.refusal());
        } else if (!quiet) {
            result.languageLines().forEach(stderr::println);
            result.roster().report().lines().forEach(stdout::println);
            Messages.warnings(result.roster()).ifPresent(stdout::println);
            stdout.println(Messages.summary(result, out, strict, !noPdf, Duration.ofNanos(System.nanoTime() - start)));
        }
        return result.status().code();
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // A file system refusal is said in words (permission, disk full), not as a bare path.
        String what = root instanceof java.io.IOException io ? OutputException.reason(io)
                : root.getMessage() == null ? "an unexpected error" : root.getMessage();
        return "the run failed and wrote nothing: " + what.replace('\n', ' ');
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cadence " + Version.current()};
        }
    }

    static final class DateOrderConverter implements CommandLine.ITypeConverter<DateOrder> {
        @Override
        public DateOrder convert(String value) {
            return DateOrder.valueOf(choice(value, "dmy", "mdy").toUpperCase(Locale.ROOT));
        }
    }

    /** A character set by any name Java knows it by; MacRoman and the like by their everyday names too. */
    static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            String name = value.trim();
            String alias = switch (name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")) {
                case "macroman", "mac", "macintosh" -> "x-MacRoman";
                case "gbk", "gb2312", "gb18030" -> "GB18030";
                case "sjis", "shiftjis" -> "Shift_JIS";
                case "ansi", "latin1", "cp1252" -> "windows-1252";
                default -> name;
            };
            try {
                return Charset.forName(alias);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "': not a character set Java knows; "
                        + "e.g. UTF-8, windows-1252, x-MacRoman, Shift_JIS, GB18030, Big5, EUC-KR, windows-1250, "
                        + "windows-1251");
            }
        }
    }

    static final class PaperConverter implements CommandLine.ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            return Paper.valueOf(choice(value, "a4", "letter").toUpperCase(Locale.ROOT));
        }
    }

    private static String choice(String value, String... allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.trim())) {
                return a;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "': expected " + String.join(" or ", allowed));
    }

    static final class EmailConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return choice(value, "changed", "all");
        }
    }
}
