package clinic.cadence.roster;

import static clinic.cadence.roster.Column.*;

import clinic.cadence.client.Activity;
import clinic.cadence.client.Client;
import clinic.cadence.client.Condition;
import clinic.cadence.client.MassageType;
import clinic.cadence.client.StressLevel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one data row into its roster entry: a client, a row that is not active, or a rejected
 * row with one problem per broken column. Never guesses: an empty optional value stays null.
 */
final class ClientReader {
    private static final int MAX_ROWS_NAMED = 5;

    private final Header<Column> header;
    private final ActiveIds ids;
    private final RosterOptions options;
    private final DateText dates;

    /** @param dateOrder the order slash dates are read in: the manager's, the file's own, or null */
    ClientReader(Header<Column> header, ActiveIds ids, RosterOptions options, DateOrder dateOrder) {
        this.header = header;
        this.ids = ids;
        this.options = options;
        this.dates = new DateText(dateOrder, options.asOf());
    }

    RosterEntry read(int sourceRow, Cells cells) {
        RowValues row = new RowValues(header, cells, options, dates);
        String id = row.text(CLIENT_ID);
        String statusText = row.text(STATUS);
        Vocabulary.Status status = header.isReadable(cells, STATUS) ? Vocabulary.Status.of(statusText) : null;
        if (status == Vocabulary.Status.PAUSED || status == Vocabulary.Status.DISCHARGED) {
            return new RosterEntry.InactiveRow(sourceRow, id, status.label());
        }
        if (status == null && header.isReadable(cells, STATUS)) {
            row.reject(STATUS, statusText, Vocabulary.STATUSES.expected());
        }
        checkId(row, id, status);
        List<Warning> warnings = new ArrayList<>(0);
        Client client = client(row, id, warnings);
        return row.problems().isEmpty()
                ? new RosterEntry.ClientRow(sourceRow, client, warnings)
                : new RosterEntry.RejectedRow(sourceRow, id, row.problems());
    }

    /** Whether the first pass counts the row's id: only rows whose status reads as active (or empty). */
    static boolean isActive(Header<Column> header, Cells cells) {
        return header.isReadable(cells, STATUS)
                && Vocabulary.Status.of(header.text(cells, STATUS)) == Vocabulary.Status.ACTIVE;
    }

    private void checkId(RowValues row, String id, Vocabulary.Status status) {
        if (row.isMissing(CLIENT_ID)) {
            row.reject(CLIENT_ID, "", "a client id (every active row needs one)");
            return;
        }
        List<Integer> sharing = status == Vocabulary.Status.ACTIVE ? ids.rowsSharing(id) : null;
        if (sharing != null) {
            row.reject(CLIENT_ID, id, "an id no other active row uses; " + rows(sharing)
                    + " use it (ids must be unique among active rows)");
        }
    }

    /** "rows 4 and 9", "rows 4, 9, 12 and 3 more". */
    static String rows(List<Integer> rows) {
        if (rows.size() <= MAX_ROWS_NAMED) {
            String head = rows.subList(0, rows.size() - 1).stream().map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return "rows " + head + " and " + rows.get(rows.size() - 1);
        }
        String head = rows.subList(0, MAX_ROWS_NAMED - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "rows " + head + " and " + (rows.size() - MAX_ROWS_NAMED + 1) + " more";
    }

    private Client client(RowValues row, String id, List<Warning> warnings) {
        checkName(row);
        Condition condition = row.choice(CONDITION, Vocabulary.CONDITIONS, null);
        if (row.isMissing(CONDITION)) {
            row.reject(CONDITION, "", Vocabulary.CONDITIONS.expected());
        }
        Integer pain = row.painScore(PAIN_LEVEL);
        Integer intake = row.painScore(INTAKE_PAIN);
        if (condition != null && condition.isEpisode()) {
            checkEpisodePain(row, condition, pain, intake);
        }
        LocalDate episodeStart = row.pastDate(EPISODE_START);
        LocalDate lastVisit = row.pastDate(LAST_VISIT);
        MassageType massage = row.choice(MASSAGE_TYPE, Vocabulary.MASSAGE_TYPES, MassageType.THERAPEUTIC);
        Activity activity = row.choice(ACTIVITY, Vocabulary.ACTIVITIES, Activity.MODERATE);
        StressLevel stress = row.choice(STRESS_LEVEL, Vocabulary.STRESS_LEVELS, StressLevel.MODERATE);
        // The upper bounds are sanity limits (a year; a hundred sessions) that keep date arithmetic sane downstream.
        Integer reliefDays = row.wholeNumber(RELIEF_DAYS, 1, 365, "a whole number of days from 1 to 365");
        Integer budget = row.wholeNumber(MAX_SESSIONS_PER_MONTH, 0, 100, "a whole number of sessions from 0 to 100");
        Set<DayOfWeek> days = row.weekdays(AVAILABLE_DAYS);
        int minutes = row.sessionMinutes(SESSION_MINUTES);
        String email = email(row, warnings);
        Boolean optedOut = Vocabulary.Consent.optedOut(row.text(EMAIL_OPT_OUT));
        if (optedOut == null) {
            row.reject(EMAIL_OPT_OUT, row.text(EMAIL_OPT_OUT), Vocabulary.Consent.EXPECTED);
        }
        if (!row.problems().isEmpty()) {
            return null;
        }
        for (Column name : List.of(FIRST_NAME, LAST_NAME, NAME)) {
            if (looksDamaged(row.text(name))) {
                warnings.add(new Warning(name.canonical(), row.text(name), Warning.Kind.DAMAGED_NAME));
            }
        }
        return new Client(id, row.text(FIRST_NAME), row.text(LAST_NAME), row.text(NAME), condition, pain, intake,
                episodeStart, lastVisit, massage, activity, stress, reliefDays, budget, days, minutes,
                row.text(LOCATION), row.text(THERAPIST), email, row.text(LANGUAGE), optedOut);
    }

    /** Email plays no part in planning: an unusable one is a warning, never a rejection. */
    private static String email(RowValues row, List<Warning> warnings) {
        String text = row.text(EMAIL);
        EmailText.Result email = EmailText.read(text);
        if (email.unusable()) {
            warnings.add(new Warning(EMAIL.canonical(), text, Warning.Kind.UNUSABLE_EMAIL));
        }
        return email.address();
    }

    /**
     * {@code ??} or {@code Bj?rn}: an export to an encoding without these letters wrote question
     * marks (or U+FFFD) in their place. Nothing can bring them back; the name is planned as it is.
     */
    static boolean looksDamaged(String name) {
        return name.indexOf('\ufffd') >= 0 || name.indexOf('?') >= 0;
    }

    private void checkName(RowValues row) {
        if (row.text(FIRST_NAME).isEmpty() && row.text(LAST_NAME).isEmpty() && row.text(NAME).isEmpty()) {
            Column named = header.has(NAME) ? NAME : header.has(FIRST_NAME) ? FIRST_NAME : LAST_NAME;
            if (row.isMissing(named)) {
                row.reject(named, "", "a name (first name, last name or full name; one is enough)");
            }
        }
    }

    /** Acute, injury and flare need a pain level, and pain at intake (which defaults to it). */
    private static void checkEpisodePain(RowValues row, Condition condition, Integer pain, Integer intake) {
        if (row.isMissing(PAIN_LEVEL)) {
            row.reject(PAIN_LEVEL, "", "a whole number from 0 to 10 (" + condition.label() + " needs the pain level)");
            return;
        }
        if (intake != null && intake < 1) {
            row.reject(INTAKE_PAIN, row.text(INTAKE_PAIN), "a whole number from 1 to 10 (" + condition.label()
                    + " starts with some pain)");
        } else if (intake == null && row.isMissing(INTAKE_PAIN) && pain != null && pain < 1) {
            row.reject(PAIN_LEVEL, row.text(PAIN_LEVEL), "a whole number from 1 to 10 (" + condition.label()
                    + " starts with some pain; give intake_pain if the pain has gone since)");
        }
    }
}
