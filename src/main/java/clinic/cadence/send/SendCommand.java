package clinic.cadence.send;

import clinic.cadence.UnusableInputException;
import clinic.cadence.rules.Settings;
import clinic.cadence.rules.SmtpSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLSocketFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cadence send}: the out folder's outbox through the clinic's mail server, each message once. */
@Command(name = "send", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Sends the outbox's e-mails through the clinic's mail server, each client's once.", "",
            "The out folder's outbox/ goes through the server of the smtp.* settings, each message at most once: a ledger beside the out folder (<out>.sent/ledger.csv) records "
                + "every message before and after the server takes it, and sent.csv beside it shows the staff who "
                + "was sent what, when, and what failed. Run it again at any time: it sends only what was never "
                + "handed over.",
            "", "The password comes from the environment variable CADENCE_SMTP_PASSWORD or from --password-file, "
                + "never from the command line or the settings.",
            "", "Exit status: 0 every message of the outbox sent (now or before); 1 some were not (refused, "
                + "unknown, to try later, over the daily cap, unreadable: listed); 2 bad command line; 3 the "
                + "settings, the password or the outbox cannot be used (nothing sent); 4 the ledger cannot be written, or "
                + "another send is using it; 5 cannot connect, set up TLS or log in.", ""})
public final class SendCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "The out folder whose outbox is sent (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--settings", paramLabel = "FILE", description = "The clinic's settings, with the smtp.* lines (default: the built-in ones).")
    Path settings;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file only its owner can read whose first line is the SMTP password (default: the "
                    + "environment variable CADENCE_SMTP_PASSWORD).")
    Path passwordFile;

    @Option(names = "--dry-run", description = "List what would be sent, to whom and why; connect to nothing, change nothing.")
    boolean dryRun;

    @Option(names = "--check", description = "Connect, set up TLS and log in, then stop: send nothing.")
    boolean check;

    @Option(names = "--resend-unknown",
            description = "Send again the messages handed over earlier without a recorded answer (\"unknown\"): "
                    + "only once you know they did not arrive.")
    boolean resendUnknown;

    @Option(names = "--quiet", description = "No progress line and no summary; problems still print.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, String> environment;
    private final SSLSocketFactory tlsSockets;

    /** As {@code cadence send} runs it: the real environment, Java's trusted certificate authorities. */
    public SendCommand(PrintStream stdout, PrintStream stderr) {
        this(stdout, stderr, System.getenv(), null);
    }

    SendCommand(PrintStream stdout, PrintStream stderr, Map<String, String> environment, SSLSocketFactory tlsSockets) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.environment = environment;
        this.tlsSockets = tlsSockets;
    }

    /** Parses and runs, as {@code cadence send ARGS} would: for tests. */
    static int run(SendCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(command.stdout, true));
        cli.setErr(new PrintWriter(command.stderr, true));
        cli.setParameterExceptionHandler((e, a) -> {
            command.stderr.println("cadence send: " + e.getMessage() + " (see --help)");
            return SendStatus.BAD_COMMAND_LINE.code();
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            if (dryRun && check) {
                return fail(SendStatus.BAD_COMMAND_LINE, "--dry-run and --check: choose one (see --help)");
            }
            SmtpSettings smtp = (settings == null ? Settings.defaults() : Settings.load(settings)).smtp();
            if (dryRun) {
                return dryRun(smtp);
            }
            if (smtp.host().isEmpty()) {
                return fail(SendStatus.BAD_SETTINGS, "smtp.host is not set" + (settings == null
                        ? ": give --settings FILE with the clinic's mail server (cadence --write-defaults DIR writes "
                        + "a settings file to start from)" : " in " + settings + ": set the clinic's mail server"));
            }
            String password = password(smtp);
            if (check) {
                return check(smtp, password);
            }
            return send(smtp, password, start);
        } catch (UnusableInputException | Password.Unusable e) {
            return fail(SendStatus.BAD_SETTINGS, e.getMessage());
        } catch (Mailer.ConnectException e) {
            return fail(SendStatus.CANNOT_CONNECT, e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(SendStatus.BAD_SETTINGS, e.getMessage() + ": no outbox there; run cadence first, it writes "
                    + "the outbox into the out folder");
        } catch (Ledger.LedgerBusyException e) {
            return fail(SendStatus.LEDGER_FAILED, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            String what = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            return fail(SendStatus.LEDGER_FAILED, "cannot write " + ledgerFolder() + " (" + what + "): stopped; "
                    + "what was sent is in the ledger, run cadence send again when it can be written");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(SendStatus.NOT_ALL_SENT, "interrupted: run cadence send again to send the rest");
        }
    }

    private String password(SmtpSettings smtp) throws Password.Unusable {
        if (smtp.username().isEmpty()) {
            return null;
        }
        String password = Password.read(passwordFile, environment);
        if (password == null) {
            throw new Password.Unusable("no password for " + smtp.username() + ": set the environment variable "
                    + Password.ENVIRONMENT_VARIABLE + " or give --password-file FILE (readable by its owner alone)");
        }
        return password;
    }

    /** The ledger's folder: beside the out folder, because each run replaces the out folder whole. */
    Path ledgerFolder() {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".sent");
    }

    private int dryRun(SmtpSettings smtp) throws IOException {
        List<Outbox.Item> outbox = Outbox.read(out);
        Ledger ledger = Ledger.peek(ledgerFolder());
        List<Decisions.Decision> decisions = Decisions.decide(outbox, ledger, resendUnknown, ZoneId.systemDefault());
        int sending = 0;
        for (Decisions.Decision d : decisions) {
            sending += d.action() == Decisions.Action.SEND ? 1 : 0;
            stdout.println(SendLines.decision(d));
        }
        String server = smtp.host().isEmpty() ? "smtp.host is not set yet"
                : "through " + smtp.host() + ":" + smtp.portInUse() + " (" + smtp.security().word() + ")";
        stdout.println("Dry run: " + sending + " of " + outbox.size() + " messages in " + out.resolve(Outbox.FOLDER)
                + " would be sent " + server + ", at most " + smtp.messagesPerMinute() + " a minute and "
                + smtp.messagesPerDay() + " a day (" + ledger.attemptsSince(java.time.Instant.now().minus(
                        Duration.ofHours(24))) + " handed over in the last 24 hours)" + (sending == 0 ? ""
                        : ", taking about " + (sending + smtp.messagesPerMinute() - 1) / smtp.messagesPerMinute()
                        + " min") + "; nothing was sent.");
        return SendStatus.ALL_SENT.code();
    }

    private int check(SmtpSettings smtp, String password) throws Mailer.ConnectException {
        try (Mailer mailer = new Mailer(smtp, password, tlsSockets)) {
            mailer.connect();
            stdout.println("Connected to " + smtp.host() + ":" + smtp.portInUse() + (mailer.isEncrypted()
                    ? " over TLS (" + smtp.security().word() + ")" : " unencrypted (this computer)")
                    + (smtp.username().isEmpty() ? "" : " and logged in as " + smtp.username()) + ". Nothing sent.");
            return SendStatus.ALL_SENT.code();
        }
    }

    private int send(SmtpSettings smtp, String password, long start)
            throws IOException, Mailer.ConnectException, Ledger.LedgerBusyException, InterruptedException {
        List<Outbox.Item> outbox = Outbox.read(out);
        try (Ledger ledger = Ledger.open(ledgerFolder())) {
            List<Decisions.Decision> decisions = Decisions.decide(outbox, ledger, resendUnknown,
                    ZoneId.systemDefault());
            List<Outbox.Item> toSend = new ArrayList<>();
            decisions.stream().filter(d -> d.action() == Decisions.Action.SEND).forEach(d -> toSend.add(d.item()));
            Delivery.Result result = new Delivery.Result();
            if (!toSend.isEmpty()) {
                try (Mailer mailer = new Mailer(smtp, password, tlsSockets)) {
                    mailer.connect();
                    try (SendProgress progress = SendProgress.forTerminal(quiet, toSend.size())) {
                        result = new Delivery(smtp, ledger, mailer, progress).send(toSend);
                    }
                }
            }
            SendLines.Report report = SendLines.report(decisions, result, out.resolve(Outbox.FOLDER));
            report.problems().forEach(stderr::println);
            writeSentCsv(ledger, decisions, result);
            if (!quiet) {
                stdout.println(report.summary() + " Ledger and sent.csv in " + ledgerFolder() + "; took "
                        + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s.");
            }
            if (result.connectionLost != null) {
                return fail(SendStatus.CANNOT_CONNECT, result.connectionLost);
            }
            return (report.allSent() ? SendStatus.ALL_SENT : SendStatus.NOT_ALL_SENT).code();
        }
    }

    private void writeSentCsv(Ledger ledger, List<Decisions.Decision> decisions, Delivery.Result result) {
        try {
            SentReport.write(ledgerFolder(), SentReport.rows(ledger.latest(), SendLines.notInLedger(decisions, result,
                    ledger.latest().keySet())),
                    ZoneId.systemDefault());
        } catch (IOException | UncheckedIOException e) {
            // The ledger has everything; sent.csv is only its view for people (Excel may hold it open).
            stderr.println("cadence send: could not update " + ledgerFolder().resolve(SentReport.FILE_NAME)
                    + " (is it open in Excel?): close it and run cadence send again to bring it up to date");
        }
    }

    private int fail(SendStatus status, String oneLine) {
        stderr.println("cadence send: " + oneLine);
        return status.code();
    }
}
