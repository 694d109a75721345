package clinic.cadence.run;

import clinic.cadence.UnusableInputException;
import clinic.cadence.changes.Change;
import clinic.cadence.changes.ChangeKind;
import clinic.cadence.changes.GoneReason;
import clinic.cadence.changes.PlanComparison;
import clinic.cadence.changes.PlanRecord;
import clinic.cadence.changes.PreviousPlans;
import clinic.cadence.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tells each plan's change since the earlier run ({@code --previous DIR}, or the out folder this
 * run replaces), as the plans go by, and counts them. Clients of the earlier run that nobody
 * looked up are gone.
 */
final class ChangeTracker implements AutoCloseable {
    static final String PLANS_FILE = "plans.csv";

    private final PreviousPlans previous;
    private final Path previousFolder;
    private final String note;
    private final Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);

    private ChangeTracker(PreviousPlans previous, Path previousFolder, String note) {
        this.previous = previous;
        this.previousFolder = previousFolder;
        this.note = note;
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
    }

    /**
     * @param given the folder --previous names, or null for the out folder
     * @throws UnusableInputException when --previous names a folder without a plans.csv Cadence can read
     */
    static ChangeTracker open(Path given, Path out) {
        Path folder = given == null ? out : given;
        Path file = folder.resolve(PLANS_FILE);
        if (!Files.isRegularFile(file)) {
            if (given != null) {
                throw new UnusableInputException("--previous " + given + ": no " + PLANS_FILE
                        + " in it (it must be the out folder of an earlier Cadence run)");
            }
            return new ChangeTracker(PreviousPlans.none(), null, "no earlier run to compare with: every client is new");
        }
        try {
            return new ChangeTracker(PreviousPlans.open(file), given, null);
        } catch (IllegalArgumentException e) {
            if (given != null) {
                throw new UnusableInputException(file + ": " + e.getMessage());
            }
            return new ChangeTracker(PreviousPlans.none(), null, "the earlier run's " + PLANS_FILE
                    + " cannot be compared with (" + e.getMessage() + "): every client is new");
        }
    }

    /** The plan's record for plans.csv and its change; call once per client, in roster order. */
    Tracked track(Plan plan) {
        PlanRecord now = PlanRecord.of(SpreadsheetText.safe(plan.client().id()), plan);
        Change change = previous.find(now.key()).map(before -> PlanComparison.compare(before, now)).orElse(Change.NEW);
        counts.merge(change.kind(), 1, Integer::sum);
        return new Tracked(now, change);
    }

    record Tracked(PlanRecord record, Change change) {
    }

    /** A paused, discharged or rejected row: if it was planned last time, this says why it is gone. */
    void notPlanned(String clientId, GoneReason reason) {
        if (clientId != null && !clientId.isEmpty()) {
            previous.notPlanned(SpreadsheetText.safe(clientId), reason);
        }
    }

    /** Counts the gone clients; call once, after the last plan. */
    void countGone() {
        counts.put(ChangeKind.GONE, previous.goneCount());
    }

    void forEachGone(Consumer<PreviousPlans.Gone> action) {
        previous.forEachGone(action);
    }

    int count(ChangeKind kind) {
        return counts.get(kind);
    }

    /** The earlier run's folder as --previous gave it; null for the out folder (so run.json names no out path). */
    Path previousFolder() {
        return previousFolder;
    }

    LocalDate previousAsOf() {
        return previous.asOf();
    }

    /** Why there is nothing to compare with, to say once; null when there is. */
    String note() {
        return note;
    }

    @Override
    public void close() {
        previous.close();
    }
}
