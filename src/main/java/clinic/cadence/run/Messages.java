package clinic.cadence.run;

import clinic.cadence.client.Client;
import clinic.cadence.pdf.FontCoverage;
import clinic.cadence.roster.Problem;
import clinic.cadence.roster.RosterEntry;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.roster.Warning;
import clinic.cadence.rules.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;

/** The lines Cadence prints for people, in one place so their wording stays consistent. */
final class Messages {
    private Messages() {
    }

    static String rejection(Path roster, RosterEntry.RejectedRow row, Problem p) {
        String id = row.clientId() == null || row.clientId().isEmpty() ? "" : " (client " + row.clientId() + ")";
        return roster.getFileName() + " row " + row.sourceRow() + id + ": " + p.column() + " '" + p.value()
                + "': expected " + p.expected();
    }

    static String warning(Path roster, RosterEntry.ClientRow row, Warning w) {
        return roster.getFileName() + " row " + row.sourceRow() + " (client " + row.client().id() + "): warning: "
                + w.describe();
    }

    /** One line counting the planned clients' warnings by kind, when there are any. */
    static Optional<String> warnings(RosterFindings roster) {
        int total = roster.warningCount();
        if (total == 0) {
            return Optional.empty();
        }
        String kinds = roster.warnings().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey().label())
                .collect(java.util.stream.Collectors.joining(", "));
        return Optional.of(total + (total == 1 ? " warning" : " warnings") + " on planned clients (" + kinds
                + "): planned all the same; each is in the warnings column of capacity.xlsx's Clients sheet.");
    }

    /** The line after the rejections shown, when there were more than that. */
    static Optional<String> notShown(RunResult result, boolean strict) {
        int more = result.problems() - result.rejectionLines().size();
        String where = strict ? "fix these and run again to see them" : "every one is in rejected.csv";
        return more <= 0 ? Optional.empty()
                : Optional.of("... and " + more + " more " + (more == 1 ? "problem" : "problems") + ": " + where);
    }

    /** A client whose plan shows a placeholder where no font has a character of their name. */
    static String undrawable(Client client, SortedSet<Integer> missing) {
        return "client " + client.id() + " (" + client.displayName() + "): " + undrawableWhy(missing);
    }

    /** Why the client is on the Review sheet; also the end of the terminal line. */
    static String undrawableWhy(SortedSet<Integer> missing) {
        return "no font has " + FontCoverage.describe(missing) + "; the plan shows " + FontCoverage.replacement()
                + " in " + (missing.size() == 1 ? "its" : "their") + " place: check the name before sending it";
    }

    static String undrawableClinic(SortedSet<Integer> missing) {
        return "settings: the clinic's name or contact lines have " + FontCoverage.describe(missing)
                + ", which no font has; every plan shows " + FontCoverage.replacement() + " in "
                + (missing.size() == 1 ? "its" : "their") + " place";
    }

    /** The line after the first few clients with characters no font has, when there were more. */
    static Optional<String> undrawableNotShown(RunResult result) {
        int more = result.undrawable() - (int) result.undrawableLines().stream().filter(l -> l.startsWith("client ")).count();
        return more <= 0 ? Optional.empty()
                : Optional.of("... and " + more + " more " + (more == 1 ? "client" : "clients")
                        + " with characters no font has: every one is on the Review sheet of capacity.xlsx");
    }

    static String summary(RunResult result, Path out, boolean strict, boolean pdfs, Duration took) {
        RowCounts c = result.counts();
        String rows = c.read() + " rows read = " + c.planned() + " planned + " + c.rejected() + " rejected + "
                + c.notActive() + " not active";
        if (strict && c.rejected() > 0) {
            return rows + ". --strict: nothing written; " + out + " is unchanged.";
        }
        String written = pdfs ? result.plansWritten() + " plans" : "no plans (--no-pdf)";
        String rejected = c.rejected() > 0 ? "; rejected rows are in " + out.resolve("rejected.csv") : "";
        String changes = result.changes() == null ? "" : " " + result.changes().sentence(c.planned());
        return rows + ". Wrote " + written + ", capacity.xlsx, sessions.csv to " + out + " in "
                + seconds(took) + rejected + "." + changes + (result.outbox().isEmpty() ? "" : " " + result.outbox());
    }

    /** After --write-defaults: what was written, what was left alone and how to replace it. */
    static String defaultsWritten(Path dir, Defaults.Written written, boolean overwrite) {
        StringBuilder line = new StringBuilder();
        if (written.written().isEmpty()) {
            line.append("Wrote nothing to ").append(dir).append(": every file is already there");
        } else {
            line.append(overwrite ? "Wrote (replacing what was there) " : "Wrote ")
                    .append(String.join(", ", written.written())).append(" to ").append(dir);
        }
        if (!written.kept().isEmpty()) {
            line.append("; kept as they were: ").append(String.join(", ", written.kept()))
                    .append(" (add --overwrite-defaults to replace them with the built-in ones)");
        }
        return line.append(". Edit them, then run with --rules, --settings and --templates.").toString();
    }

    /** The run with no roster given: it plans the sample, with the sample clinic's settings. */
    static String sampleRun(Path roster, Path settings) {
        return "Planning the sample roster " + roster + (settings == null ? "" : " with the sample clinic's settings "
                + settings) + "; give your own roster (and --settings) to plan your clinic.";
    }

    /** Once per run: the plans would carry no letterhead, and how to give them one. */
    static Optional<String> clinicNotSet(Settings settings, boolean noPdf) {
        boolean name = settings.hasClinicName();
        boolean contact = !settings.contactLines().isEmpty();
        if (noPdf || name && contact) {
            return Optional.empty();
        }
        String missing = !name && !contact ? "name and contact lines are" : !name ? "name is" : "contact lines are";
        return Optional.of("cadence: note: the clinic's " + missing + " not set, so the plans print none; set "
                + "clinic_name and contact_line.1 to contact_line.5 in a settings file (cadence --write-defaults "
                + "my-clinic writes one to edit) and run with --settings my-clinic/settings.properties");
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
