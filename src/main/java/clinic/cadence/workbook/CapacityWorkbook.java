package clinic.cadence.workbook;

import clinic.cadence.changes.Change;
import clinic.cadence.changes.ChangeKind;
import clinic.cadence.changes.PlanRecord;
import clinic.cadence.changes.PreviousPlans;
import clinic.cadence.client.Client;
import clinic.cadence.plan.Flag;
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Plan;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.Problem;
import clinic.cadence.roster.RosterEntry.RejectedRow;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.roster.Warning;
import clinic.cadence.rules.Parameter;
import clinic.cadence.rules.Settings;
import clinic.cadence.words.Catalogues;
import clinic.cadence.words.PlanLanguage;
import clinic.cadence.words.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The manager's capacity workbook ({@code capacity.xlsx}), streamed: rows that grow with the
 * roster go straight to POI's SXSSF temp files; only weekly sums stay in memory.
 *
 * <p>All sheets are made up front in their final order; Clients, Review and Rejected fill as plans
 * and rejections arrive, the rest at {@link #write}. Use from one thread, in roster order.
 */
public final class CapacityWorkbook implements AutoCloseable {
    static final List<String> SHEETS = List.of("Summary", "Weekly demand", "By location", "By therapist", "Clients",
            "Changes", "Review", "Rejected", "Rules");
    static final List<String> CLIENT_COLUMNS = List.of("client_id", "name", "location", "therapist", "condition",
            "band", "phase_now", "sessions_this_week", "maintenance_interval_weeks", "next_session",
            "sessions_in_window", "flags", "plan_file", "warnings", "plan_language", "change");
    /** The clients new, changed or gone since the earlier run (the unchanged are on Clients). */
    static final List<String> CHANGES_COLUMNS = List.of("client_id", "name", "location", "therapist", "change",
            "what_changed");
    static final List<String> REVIEW_COLUMNS = List.of("client_id", "name", "therapist", "why");
    static final List<String> REJECTED_COLUMNS = List.of("row", "client_id", "column", "value", "problem");
    static final List<String> RULES_COLUMNS = List.of("name", "value", "meaning");
    private static final int PLAN_FILE_COL = CLIENT_COLUMNS.indexOf("plan_file");
    private static final int WARNINGS_COL = CLIENT_COLUMNS.indexOf("warnings");
    private static final int PLAN_LANGUAGE_COL = CLIENT_COLUMNS.indexOf("plan_language");
    private static final int CHANGE_COL = CLIENT_COLUMNS.indexOf("change");
    private static final String PLAN_FILE_LETTER = CellReference.convertNumToColString(PLAN_FILE_COL);
    /**
     * Excel's "specifications and limits" put hyperlinks per worksheet at about 65,530 (not checked
     * against Excel here): past that, the plan's path stays as plain text rather than risk a repair prompt.
     */
    static final int EXCEL_MAX_LINKS = 65_530;
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temp file. */
    private static final int ROWS_IN_MEMORY = 100;

    private final LocalDate asOf;
    private final String roster;
    private final String rulebookSource;
    private final Capacity capacity;
    private final String settingsSource;
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final Demand demand;
    private final Table summary;
    private final Table weekly;
    private final Table byLocation;
    private final Table byTherapist;
    private final Table clients;
    private final Table changes;
    private final Table review;
    private final Table rejected;
    private final Table rules;
    private final StreamedLinks links = new StreamedLinks();
    private final PlanLanguage languages;
    /** The Review sheet's words: the clinic's language, whatever the client's plan is in. */
    private final Wording clinicWords;
    private final int maxLinks;
    private int linksWritten;
    /** Clients by change since the earlier run (ChangeKind order); null until a change is given. */
    private int[] changeCounts;
    private List<String> rosterLines = List.of();
    private int warnings;

    /**
     * @param roster         how the Summary names the roster (its path as given)
     * @param rulebookSource where the rulebook came from (a path, or "built-in defaults")
     * @param rulesInForce   every rulebook and settings parameter in force, for the Rules sheet
     * @param settings       for the horizon (weeks of the window) and the turnover buffer
     */
    public CapacityWorkbook(LocalDate asOf, String roster, String rulebookSource, List<Parameter> rulesInForce,
            Settings settings, Capacity capacity) {
        this(asOf, roster, rulebookSource, rulesInForce, settings, capacity,
                Catalogues.builtIn().planLanguage(settings.language()));
    }

    /** @param languages each client's plan language (Clients sheet) and the clinic's (Review sheet) */
    public CapacityWorkbook(LocalDate asOf, String roster, String rulebookSource, List<Parameter> rulesInForce,
            Settings settings, Capacity capacity, PlanLanguage languages) {
        this(asOf, roster, rulebookSource, rulesInForce, settings, capacity, EXCEL_MAX_LINKS, languages);
    }

    /** @param maxLinks links to plans past which the path is plain text (a test lowers Excel's limit) */
    CapacityWorkbook(LocalDate asOf, String roster, String rulebookSource, List<Parameter> rulesInForce,
            Settings settings, Capacity capacity, int maxLinks) {
        this(asOf, roster, rulebookSource, rulesInForce, settings, capacity, maxLinks,
                Catalogues.builtIn().planLanguage(settings.language()));
    }

    private CapacityWorkbook(LocalDate asOf, String roster, String rulebookSource, List<Parameter> rulesInForce,
            Settings settings, Capacity capacity, int maxLinks, PlanLanguage languages) {
        this.languages = languages;
        this.clinicWords = languages.wording(languages.clinicDefault(), asOf);
        this.maxLinks = maxLinks;
        this.asOf = asOf;
        this.roster = roster;
        this.rulebookSource = rulebookSource;
        this.capacity = capacity;
        this.settingsSource = settings.source();
        this.demand = new Demand(asOf, settings.horizonWeeks(), settings.turnoverMinutes(), capacity);
        this.wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        this.styles = new Styles(wb);
        summary = new Table(wb, SHEETS.get(0), styles);
        weekly = new Table(wb, SHEETS.get(1), styles);
        byLocation = new Table(wb, SHEETS.get(2), styles).flushEachRow();
        byTherapist = new Table(wb, SHEETS.get(3), styles).flushEachRow();
        clients = new Table(wb, SHEETS.get(4), styles);
        changes = new Table(wb, SHEETS.get(5), styles);
        review = new Table(wb, SHEETS.get(6), styles);
        rejected = new Table(wb, SHEETS.get(7), styles);
        rules = new Table(wb, SHEETS.get(8), styles);
        clients.header(CLIENT_COLUMNS);
        changes.header(CHANGES_COLUMNS);
        review.header(REVIEW_COLUMNS);
        rejected.header(REJECTED_COLUMNS);
        writeRules(rulesInForce);
    }

    /**
     * As {@link #addPlan(Plan, String)}, with the roster's warnings on the client's row (an
     * unusable email, a damaged name), in the Clients sheet's warnings column.
     */
    public void addPlan(Plan plan, String planFile, List<Warning> rowWarnings) {
        addPlan(plan, planFile, rowWarnings, null);
    }

    /**
     * What the Summary says about the roster: which column fed which field, the columns ignored,
     * every choice made on the file's behalf (one line each), and the warnings' count.
     */
    public void rosterFindings(List<String> lines, int warningCount) {
        this.rosterLines = List.copyOf(lines);
        this.warnings = warningCount;
    }

    /** @param planFile the plan PDF's path relative to the out folder with {@code /}, or null with --no-pdf */
    public void addPlan(Plan plan, String planFile) {
        addPlan(plan, planFile, List.of(), null);
    }

    /**
     * @param planFile    the plan PDF's path relative to the out folder with {@code /}, or null with --no-pdf
     * @param rowWarnings the roster's warnings on the client's row (an unusable email, a damaged name)
     * @param change      how the plan stands against the earlier run, or null when not compared
     */
    public void addPlan(Plan plan, String planFile, List<Warning> rowWarnings, Change change) {
        demand.add(plan); // first: it refuses a plan with sessions outside the window
        Client client = plan.client();
        clients.newRow();
        clients.text(0, client.id());
        clients.text(1, client.displayName());
        clients.text(2, client.location());
        clients.text(3, client.therapist());
        clients.text(4, client.condition().label());
        clients.text(5, plan.band().label());
        clients.text(6, plan.phaseNow().label());
        if (plan.sessionsThisWeek() != null) {
            clients.number(7, plan.sessionsThisWeek(), styles.count);
        }
        clients.number(8, plan.maintenanceIntervalWeeks(), styles.count);
        plan.nextSession().ifPresent(s -> clients.date(9, s.date()));
        clients.number(10, plan.sessions().size(), styles.count);
        clients.text(11, plan.flags().stream().map(f -> f.kind().label()).collect(Collectors.joining("; ")));
        if (planFile != null) {
            addLink(planFile);
        }
        clients.text(PLAN_LANGUAGE_COL, planLanguage(client));
        if (!rowWarnings.isEmpty()) {
            clients.text(WARNINGS_COL, rowWarnings.stream().map(Warning::describe).collect(Collectors.joining("; ")));
        }
        if (change != null) {
            countChange(change.kind());
            clients.text(CHANGE_COL, change.kind().label());
            if (change.needsPlan()) {
                addChange(client.id(), client.displayName(), client.location(), client.therapist(),
                        change.kind().label(), change.words());
            }
        }
        plan.flag(FlagKind.THERAPIST_REVIEW).ifPresent(flag -> addReview(client, flag));
    }

    private void countChange(ChangeKind kind) {
        if (changeCounts == null) {
            changeCounts = new int[ChangeKind.values().length];
        }
        changeCounts[kind.ordinal()]++;
    }

    /** A client planned in the earlier run and not in this one. */
    public void addGone(PreviousPlans.Gone gone) {
        countChange(ChangeKind.GONE);
        PlanRecord r = gone.record();
        addChange(r.key(), r.name(), r.location(), r.therapist(), ChangeKind.GONE.label(), gone.reason().words());
    }

    private void addChange(String id, String name, String location, String therapist, String change, String what) {
        changes.newRow();
        changes.text(0, id);
        changes.text(1, name);
        changes.text(2, location);
        changes.text(3, therapist);
        changes.text(4, change);
        changes.text(5, what);
    }

    /**
     * A Review row for a client whose plan shows a placeholder for characters no font can draw
     * ({@code why} says which), so the front desk checks the name before sending the plan.
     */
    public void addReview(Client client, String why) {
        review.newRow();
        review.text(0, client.id());
        review.text(1, client.displayName());
        review.text(2, client.therapist());
        review.text(3, why);
    }

    private void addReview(Client client, Flag flag) {
        review.newRow();
        review.text(0, client.id());
        review.text(1, client.displayName());
        review.text(2, client.therapist());
        review.text(3, clinicWords.say(flag.findings()));
    }

    /** The plan's language tag; a roster cell that named no language Cadence has says so beside it. */
    private String planLanguage(Client client) {
        PlanLanguage.Choice choice = languages.choose(client.language());
        String tag = choice.locale().toLanguageTag();
        return choice.understood() ? tag : tag + " (roster says '" + client.language().strip()
                + "': no catalogue for it, the clinic's language used)";
    }

    /**
     * A link relative to the workbook's folder, so the out folder can move or be zipped. The
     * address is a URI: spaces and other characters a URI cannot hold are percent-encoded. Only the
     * first goes through POI; the rest stream to disk (see {@link StreamedLinks}).
     */
    private void addLink(String planFile) {
        if (linksWritten == maxLinks) {
            clients.text(PLAN_FILE_COL, planFile);
            return;
        }
        String address = uriOf(planFile);
        if (linksWritten++ > 0) {
            clients.text(PLAN_FILE_COL, planFile).setCellStyle(styles.link);
            links.add(PLAN_FILE_LETTER + clients.nextRow(), address); // the row just written, 1-based
            return;
        }
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(address);
        clients.link(PLAN_FILE_COL, planFile, link);
    }

    private static String uriOf(String planFile) {
        try {
            return new URI(null, null, planFile, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("plan file name cannot be a link: " + planFile, e);
        }
    }

    public void addRejected(RejectedRow row) {
        for (Problem problem : row.problems()) {
            rejected.newRow();
            rejected.number(0, row.sourceRow(), styles.count);
            rejected.text(1, row.clientId());
            rejected.text(2, problem.column());
            rejected.text(3, problem.value());
            rejected.text(4, problemText(problem));
        }
    }

    /** The problem as rejected.csv words it. */
    static String problemText(Problem problem) {
        return "expected " + problem.expected();
    }

    /** Writes the finished workbook; the same inputs give the same bytes (no clock in it). */
    public void write(Path file, RowCounts counts) {
        DemandSheets demandSheets = new DemandSheets(demand, capacity, styles);
        DemandSheets.WeeklyTotals weeklyTotals = demandSheets.writeWeekly(weekly); // the Summary shows its totals
        new SummarySheet(summary, styles).write(new SummarySheet.Run(asOf, roster, rulebookSource, settingsSource),
                counts, demand, weeklyTotals, rosterLines, warnings, changeCounts);
        demandSheets.writeByLocation(byLocation);
        demandSheets.writeByTherapist(byTherapist);
        clients.finish(CLIENT_COLUMNS.size(), clients.nextRow() - 1);
        changes.finish(CHANGES_COLUMNS.size(), changes.nextRow() - 1);
        review.finish(REVIEW_COLUMNS.size(), review.nextRow() - 1);
        rejected.finish(REJECTED_COLUMNS.size(), rejected.nextRow() - 1);
        stampProperties();
        try {
            Path unstamped = TempFile.createTempFile("cadence-capacity", ".xlsx").toPath();
            try {
                try (OutputStream out = Files.newOutputStream(unstamped)) {
                    wb.write(out);
                }
                PackagePartName sheet = wb.getXSSFWorkbook().getSheet(clients.sheet().getSheetName())
                        .getPackagePart().getPartName();
                String relationships = PackagingURIHelper.getRelationshipPartName(sheet).getName();
                StableZip.copy(unstamped, file, asOf,
                        links.splices(sheet.getName().substring(1), relationships.substring(1)));
            } finally {
                Files.deleteIfExists(unstamped);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * POI stamps the package's creation with the current time; the as-of date keeps reruns
     * identical. (The zip entries' times are fixed by {@link StableZip}.)
     */
    private void stampProperties() {
        Optional<Date> stamp = Optional.of(Date.from(asOf.atStartOfDay(ZoneOffset.UTC).toInstant()));
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(stamp);
        core.setModified(stamp);
        core.setCreator("Cadence");
        core.setTitle("Cadence capacity " + asOf);
    }

    private void writeRules(List<Parameter> rulesInForce) {
        rules.header(RULES_COLUMNS);
        for (Parameter p : rulesInForce) {
            rules.newRow();
            rules.text(0, p.name());
            rules.text(1, p.value());
            rules.text(2, p.meaning());
        }
        rules.finish(RULES_COLUMNS.size(), rules.nextRow() - 1);
    }

    /** Removes SXSSF's temp files. */
    @Override
    public void close() {
        links.close();
        wb.dispose();
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
