package clinic.cadence.run;

import clinic.cadence.changes.GoneReason;
import clinic.cadence.mail.Outbox;
import clinic.cadence.client.Client;
import clinic.cadence.pdf.FontCoverage;
import clinic.cadence.pdf.PlanFileNames;
import clinic.cadence.pdf.PlanRenderer;
import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.Problem;
import clinic.cadence.roster.Roster;
import clinic.cadence.roster.RosterEntry;
import clinic.cadence.roster.RosterOptions;
import clinic.cadence.roster.RosterReport;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.roster.Warning;
import clinic.cadence.rules.Parameter;
import clinic.cadence.rules.Rulebook;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.PlanLanguage;
import clinic.cadence.workbook.CapacityWorkbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * One weekly run: roster rows become clients, clients become plans, plans go to the writers.
 * Everything that can refuse the run (rulebook, settings, templates, capacity, the roster's
 * header) is loaded before the first file is written; the outputs are built in a staging folder
 * and swapped in only when every one of them is complete.
 */
final class BatchRun {
    /** Without --strict, this many rejections are shown on the terminal; all are in rejected.csv. */
    private static final int REJECTIONS_SHOWN = 5;
    /** With --strict nothing is written, so the terminal is the report; bounded all the same. */
    private static final int STRICT_REJECTIONS_SHOWN = 10_000;

    private final RunRequest request;
    private final Rulebook rulebook;
    private final Settings settings;
    private final Capacity capacity;
    private final PlanRenderer renderer;
    private final PlanLanguage languages;
    private final LanguageNotes languageNotes;
    private final Outbox outbox;
    private final String noOutbox;

    private RowCounts counts = RowCounts.zero();
    /** Kept to print once the progress line is gone, so they do not tear through it. */
    private final List<String> rejectionLines = new ArrayList<>();
    private int problems;
    private ChangeCounts changeCounts;
    private String outboxSentence = "";
    private RosterReport rosterReport = RosterReport.none();
    private final Map<Warning.Kind, Integer> warnings = new EnumMap<>(Warning.Kind.class);
    private final List<String> warningLines = new ArrayList<>();
    /** Clients whose plan shows a placeholder for characters no font has; the first few are printed. */
    private final List<String> undrawableLines = new ArrayList<>();
    private int undrawable;
    /** Compares this run with the one it would replace; set when the run starts. */
    private BrokenExportGuard guard;

    /** Loads everything the run depends on; throws UnusableInputException before anything is written. */
    BatchRun(RunRequest request) {
        this.request = request;
        this.rulebook = request.rules() == null ? Rulebook.defaults() : Rulebook.load(request.rules());
        this.settings = adjusted(request.settings() == null ? Settings.defaults() : Settings.load(request.settings()));
        this.capacity = loadCapacity();
        Catalogues catalogues = request.templates() == null ? Catalogues.builtIn() : Catalogues.load(request.templates());
        this.languages = LanguageNotes.clinicLanguage(catalogues, settings);
        this.languageNotes = new LanguageNotes(languages, request.roster());
        this.renderer = request.noPdf() ? null : PlanRenderer.load(request.templates(), settings, catalogues, languages);
        Outbox loaded = Outbox.load(settings, request.templates(), Version.current(), languages::of)
                .orElse(null);
        // An email names the clinic in its subject and signature: without a name it would read as from nobody.
        boolean unnamed = loaded != null && !settings.hasClinicName();
        this.outbox = request.noPdf() || unnamed ? null : loaded;
        this.noOutbox = loaded == null ? "set mail.from in the settings to have an email written for each new or changed plan"
                : unnamed ? "set clinic_name in the settings: each email names the clinic it comes from"
                : request.noPdf() ? "the emails carry the plan PDF, and --no-pdf writes none" : null;
    }

    /** The settings in force (the clinic's, or the built-in ones), adjusted by the command line. */
    Settings settings() {
        return settings;
    }

    RunResult execute(Progress progress) {
        OutputFolder folder = OutputFolder.prepare(request.out());
        guard = new BrokenExportGuard(request.out());
        try {
            int plansWritten = writeRun(folder.staging(), progress);
            ExitStatus status = counts.rejected() == 0 ? ExitStatus.PLANNED : ExitStatus.ROWS_REJECTED;
            if (request.strict() && counts.rejected() > 0) {
                folder.discard();
                return new RunResult(status, counts, 0, rejectionLines, problems, findings(), undrawableLines,
                        undrawable, languageNotes.lines(), changeCounts, "", null);
            }
            Optional<String> refusal = request.replaceAnyway() ? Optional.empty()
                    : guard.verdict(request.asOf(), counts);
            if (refusal.isPresent()) {
                folder.discard();
                return new RunResult(ExitStatus.LOOKS_BROKEN, counts, 0, rejectionLines, problems, findings(),
                        undrawableLines, undrawable, languageNotes.lines(), changeCounts, "", refusal.get());
            }
            folder.publish();
            return new RunResult(status, counts, plansWritten, rejectionLines, problems, findings(), undrawableLines,
                    undrawable, languageNotes.lines(), changeCounts, outboxSentence, null);
        } catch (RuntimeException | Error e) {
            folder.discard(); // out of memory too: nothing half-written is left beside the out folder
            throw e;
        }
    }

    private int writeRun(Path staging, Progress progress) {
        PlanFileNames names = new PlanFileNames();
        List<RunWriter> writers = new ArrayList<>();
        try (ChangeTracker changes = ChangeTracker.open(request.previous(), request.out())) {
            // First in the list, so it is closed even if a later writer cannot be made; its emails are
            // written by the PDF workers, its hand-over list on this thread.
            OutboxStage mail = add(writers, new OutboxStage(outbox, noOutbox, staging, request.emailAll()));
            PdfStage pdfs = renderer == null ? null
                    : add(writers, new PdfStage(renderer, staging, request.threads(), mail));
            add(writers, new SessionsCsv(staging));
            add(writers, new RejectedCsv(staging));
            add(writers, new PlansCsv(staging));
            add(writers, new ChangesCsv(staging));
            CapacityWorkbook workbook = new CapacityWorkbook(request.asOf(), request.roster().toString(),
                    rulebook.source(), rulesInForce(), settings, capacity, languages);
            add(writers, new WorkbookOutput(workbook, staging));
            if (pdfs != null) {
                checkClinicFonts();
            }
            Roster.read(request.roster(), new RosterOptions(request.sheet(), request.dateOrder(), request.asOf(),
                    request.encoding(), settings.columnNames()), this::rosterRead, progress::expect, entry -> {
                        counts = counts.add(entry);
                        if (entry instanceof RosterEntry.ClientRow row) {
                            Plan plan = rulebook.plan(row.client(), settings, request.asOf());
                            languageNotes.note(plan.client());
                            if (!plan.sessions().isEmpty()) {
                                guard.planned(SpreadsheetText.safe(plan.client().id()));
                            }
                            ChangeTracker.Tracked tracked = changes.track(plan);
                            PlannedClient planned = new PlannedClient(plan, pdfs == null ? null : names.assign(plan.client()),
                                    tracked.record(), tracked.change(), row.warnings());
                            writers.forEach(w -> w.plan(planned));
                            noteWarnings(row);
                            if (pdfs != null) {
                                checkFonts(plan.client(), workbook);
                            }
                        } else if (entry instanceof RosterEntry.RejectedRow row) {
                            changes.notPlanned(row.clientId(), GoneReason.REJECTED);
                            writers.forEach(w -> w.rejected(row));
                            row.problems().forEach(p -> showRejection(row, p));
                        } else if (entry instanceof RosterEntry.InactiveRow row) {
                            changes.notPlanned(row.clientId(), "paused".equals(row.status()) ? GoneReason.PAUSED
                                    : GoneReason.DISCHARGED);
                        }
                        progress.step(counts.read(), pdfs == null ? 0 : pdfs.written());
                    });
            changes.countGone();
            RunTotals totals = new RunTotals(counts, changes, findings());
            writers.forEach(w -> w.finish(totals));
            if (pdfs != null) {
                progress.step(counts.read(), pdfs.written());
            }
            changeCounts = ChangeCounts.of(changes);
            RunManifest.write(staging, request.asOf(), Version.current(), inputs(), rulebook.source(),
                    rulebook.sha256(), counts, findings(), undrawable, List.of(changeCounts, mail));
            outboxSentence = mail.sentence(request.out());
            closeAll(writers, null);
            return pdfs == null ? 0 : pdfs.written();
        } catch (RuntimeException | Error e) {
            closeAll(writers, e);
            throw e;
        }
    }

    private static <W extends RunWriter> W add(List<RunWriter> writers, W writer) {
        writers.add(writer);
        return writer;
    }

    /**
     * Last made, first closed; every writer is closed even when one fails. With {@code failure} (the
     * run is failing already) what closing throws is added to it; otherwise the first is thrown.
     */
    private static void closeAll(List<RunWriter> writers, Throwable failure) {
        RuntimeException first = null;
        for (int i = writers.size() - 1; i >= 0; i--) {
            try {
                writers.get(i).close();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A name no font can draw in full is said on the terminal and the Review sheet (the plan shows a placeholder). */
    private void checkFonts(Client client, CapacityWorkbook workbook) {
        SortedSet<Integer> missing = FontCoverage.missing(client);
        if (missing.isEmpty()) {
            return;
        }
        undrawable++;
        workbook.addReview(client, Messages.undrawableWhy(missing));
        if (undrawableLines.size() < REJECTIONS_SHOWN) {
            undrawableLines.add(Messages.undrawable(client, missing));
        }
    }

    private void checkClinicFonts() {
        List<String> texts = new ArrayList<>(settings.contactLines());
        texts.add(0, settings.clinicName());
        SortedSet<Integer> missing = FontCoverage.missing(texts);
        if (!missing.isEmpty()) {
            undrawableLines.add(Messages.undrawableClinic(missing));
        }
    }

    private void rosterRead(RosterReport report) {
        this.rosterReport = report;
    }

    private void noteWarnings(RosterEntry.ClientRow row) {
        for (Warning w : row.warnings()) {
            warnings.merge(w.kind(), 1, Integer::sum);
            if (warningLines.size() < REJECTIONS_SHOWN) {
                warningLines.add(Messages.warning(request.roster(), row, w));
            }
        }
    }

    private RosterFindings findings() {
        return new RosterFindings(rosterReport, warnings, warningLines);
    }

    /** With --strict every rejection is shown (nothing is written); otherwise the first few. */
    private void showRejection(RosterEntry.RejectedRow row, Problem p) {
        problems++;
        if (rejectionLines.size() < (request.strict() ? STRICT_REJECTIONS_SHOWN : REJECTIONS_SHOWN)) {
            rejectionLines.add(Messages.rejection(request.roster(), row, p));
        }
    }

    private Settings adjusted(Settings loaded) {
        Settings s = request.horizonWeeks() == null ? loaded : loaded.withHorizonWeeks(request.horizonWeeks());
        return request.paper() == null ? s : s.withPaper(request.paper());
    }

    private Capacity loadCapacity() {
        if (request.capacity() != null) {
            return Capacity.read(request.capacity());
        }
        return Capacity.fromRosterWorkbook(request.roster()).orElse(Capacity.none());
    }

    private List<Parameter> rulesInForce() {
        List<Parameter> all = new ArrayList<>(rulebook.parameters());
        all.addAll(settings.parameters(request.asOf()));
        return all;
    }

    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(List.of(request.roster()));
        if (request.capacity() != null) {
            inputs.add(request.capacity());
        }
        if (request.settings() != null) {
            inputs.add(request.settings());
        }
        return inputs;
    }
}
