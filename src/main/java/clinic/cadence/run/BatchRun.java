package clinic.cadence.run;

import clinic.cadence.client.Client;
import clinic.cadence.pdf.FontCoverage;
import clinic.cadence.pdf.PlanFileNames;
import clinic.cadence.pdf.PlanRenderer;
import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
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

    private RowCounts counts = RowCounts.zero();
    /** Kept to print once the progress line is gone, so they do not tear through it. */
    private final List<String> rejectionLines = new ArrayList<>();
    private int problems;
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
                        undrawable, languageNotes.lines(), null);
            }
            Optional<String> refusal = request.replaceAnyway() ? Optional.empty()
                    : guard.verdict(request.asOf(), counts);
            if (refusal.isPresent()) {
                folder.discard();
                return new RunResult(ExitStatus.LOOKS_BROKEN, counts, 0, rejectionLines, problems, findings(),
                        undrawableLines, undrawable, languageNotes.lines(), refusal.get());
            }
            folder.publish();
            return new RunResult(status, counts, plansWritten, rejectionLines, problems, findings(), undrawableLines,
                    undrawable, languageNotes.lines(), null);
        } catch (RuntimeException | Error e) {
            folder.discard(); // out of memory too: nothing half-written is left beside the out folder
            throw e;
        }
    }

    private int writeRun(Path staging, Progress progress) {
        PlanFileNames names = new PlanFileNames();
        try (CsvOut sessions = new CsvOut(staging.resolve("sessions.csv"),
                        "client_id", "date", "phase", "minutes", "location", "therapist");
                CsvOut rejected = new CsvOut(staging.resolve("rejected.csv"),
                        "row", "client_id", "column", "value", "problem");
                CapacityWorkbook workbook = new CapacityWorkbook(request.asOf(), request.roster().toString(),
                        rulebook.source(), rulesInForce(), settings, capacity, languages);
                PdfStage pdfs = renderer == null ? null : new PdfStage(renderer, staging, request.threads())) {
            if (pdfs != null) {
                checkClinicFonts();
            }
            Roster.read(request.roster(), new RosterOptions(request.sheet(), request.dateOrder(), request.asOf(),
                    request.encoding(), settings.columnNames()), this::rosterRead, progress::expect, entry -> {
                        counts = counts.add(entry);
                        if (entry instanceof RosterEntry.ClientRow) {
                            Plan plan = rulebook.plan(((RosterEntry.ClientRow) entry).client(), settings,
                                    request.asOf());
                            languageNotes.note(plan.client());
                            String file = pdfs == null ? null : names.assign(plan.client());
                            if (pdfs != null) {
                                pdfs.submit(plan, file);
                            }
                            writeSessions(sessions, plan);
                            if (!plan.sessions().isEmpty()) {
                                guard.planned(SpreadsheetText.safe(plan.client().id()));
                            }
                            List<Warning> rowWarnings = ((RosterEntry.ClientRow) entry).warnings();
                            workbook.addPlan(plan, file, rowWarnings);
                            noteWarnings((RosterEntry.ClientRow) entry);
                            if (pdfs != null) {
                                checkFonts(plan.client(), workbook);
                            }
                        } else if (entry instanceof RosterEntry.RejectedRow) {
                            RosterEntry.RejectedRow row = (RosterEntry.RejectedRow) entry;
                            writeRejected(rejected, row);
                            workbook.addRejected(row);
                        }
                        progress.step(counts.read(), pdfs == null ? 0 : pdfs.written());
                    });
            if (pdfs != null) {
                pdfs.close();
                progress.step(counts.read(), pdfs.written());
            }
            sessions.close();
            rejected.close();
            workbook.rosterFindings(rosterReport.lines(), warningCount());
            workbook.write(staging.resolve("capacity.xlsx"), counts);
            RunManifest.write(staging, request.asOf(), Version.current(), inputs(), rulebook.source(),
                    rulebook.sha256(), counts, findings(), undrawable);
            return pdfs == null ? 0 : pdfs.written();
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

    private int warningCount() {
        return warnings.values().stream().mapToInt(Integer::intValue).sum();
    }

    private RosterFindings findings() {
        return new RosterFindings(rosterReport, warnings, warningLines);
    }

    private static void writeSessions(CsvOut sessions, Plan plan) {
        for (Session s : plan.sessions()) {
            sessions.row(plan.client().id(), s.date().toString(), s.phase().label(), s.minutes(),
                    plan.client().location(), plan.client().therapist());
        }
    }

    private void writeRejected(CsvOut rejected, RosterEntry.RejectedRow row) {
        for (Problem p : row.problems()) {
            rejected.row(row.sourceRow(), row.clientId(), p.column(), p.value(), "expected " + p.expected());
            showRejection(row, p);
        }
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
