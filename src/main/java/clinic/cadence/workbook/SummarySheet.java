package clinic.cadence.workbook;

import clinic.cadence.changes.ChangeKind;
import clinic.cadence.plan.FlagKind;
import clinic.cadence.plan.Phase;
import clinic.cadence.roster.RowCounts;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/** The Summary sheet: what the run read and used, its counts, and the window's totals. */
final class SummarySheet {
    static final List<String> COLUMNS = List.of("item", "value");

    /** Where the run's inputs came from, as the Summary names them. */
    record Run(LocalDate asOf, String roster, String rulebook, String settings) {
    }

    private final Table t;
    private final Styles styles;

    SummarySheet(Table t, Styles styles) {
        this.t = t;
        this.styles = styles;
    }

    /** @param weekly the Weekly demand totals, which the last items follow */
    void write(Run run, RowCounts counts, Demand demand, DemandSheets.WeeklyTotals weekly) {
        write(run, counts, demand, weekly, List.of(), 0, null);
    }

    /**
     * @param rosterLines what the run made of the roster's columns (the terminal's block), one item each,
     *                    after the totals so the existing items keep their rows
     * @param warnings    the planned clients' warnings (see the Clients sheet)
     * @param changes     clients by change since the earlier run, in ChangeKind order; null when not compared
     */
    void write(Run run, RowCounts counts, Demand demand, DemandSheets.WeeklyTotals weekly, List<String> rosterLines,
            int warnings, int[] changes) {
        t.header(COLUMNS);
        date("as of", run.asOf());
        text("roster", run.roster());
        text("rulebook", run.rulebook());
        text("settings", run.settings());
        date("window starts", demand.weekStart(0));
        date("window ends", demand.weekStart(demand.weeks()).minusDays(1));
        count("rows read", counts.read());
        count("planned", counts.planned());
        count("rejected", counts.rejected());
        count("not active", counts.notActive());
        for (Phase phase : Phase.values()) {
            count("clients in " + phase.label(), demand.clients(phase));
        }
        for (FlagKind flag : FlagKind.values()) {
            count("clients flagged " + flag.label(), demand.clients(flag));
        }
        weeklyTotal("sessions in window", "B" + weekly.row(), weekly.sessions(), styles.count);
        weeklyTotal("therapist hours", "G" + weekly.row(), weekly.hours(), styles.hours);
        weeklyTotal("capacity hours", "H" + weekly.row(), weekly.capacity(), styles.hours);
        weeklyTotal("shortfall hours", "J" + weekly.row(), weekly.shortfall(), styles.hours);
        count("warnings on planned clients (Clients sheet)", warnings);
        for (String line : rosterLines) {
            text("roster", line);
        }
        if (changes != null) {
            for (ChangeKind kind : ChangeKind.values()) {
                count("clients " + kind.label() + " since the last run", changes[kind.ordinal()]);
            }
        }
        t.finish(COLUMNS.size(), -1);
    }

    private void text(String item, String value) {
        t.newRow().text(0, item);
        t.text(1, value);
    }

    private void date(String item, LocalDate value) {
        t.newRow().text(0, item);
        t.date(1, value);
    }

    private void count(String item, int value) {
        t.newRow().text(0, item);
        t.number(1, value, styles.count);
    }

    /** Follows the Weekly demand totals, so a capacity typed there shows here too. */
    private void weeklyTotal(String item, String cell, Double value, CellStyle style) {
        t.newRow().text(0, item);
        t.formula(1, Formula.reference("'Weekly demand'!" + cell, value), style);
    }
}
