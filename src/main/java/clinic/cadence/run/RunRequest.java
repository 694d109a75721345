package clinic.cadence.run;

import clinic.cadence.roster.DateOrder;
import clinic.cadence.rules.Paper;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One run as the command line asked for it. Optional parts are null when not given.
 *
 * @param horizonWeeks overrides the settings' horizon when not null
 * @param paper        overrides the settings' paper when not null
 * @param encoding     the CSV roster's character set as --encoding names it, or null to detect it
 * @param replaceAnyway replace the last run even when this one looks like a broken export
 * @param previous     the earlier run to compare with (--previous), or null for the out folder
 * @param emailAll     --email all: an email for every planned client, not only the new and changed
 */
record RunRequest(
        Path roster,
        String sheet,
        Path capacity,
        Path out,
        LocalDate asOf,
        Integer horizonWeeks,
        Path rules,
        Path settings,
        Path templates,
        DateOrder dateOrder,
        Paper paper,
        int threads,
        boolean noPdf,
        boolean strict,
        boolean quiet,
        java.nio.charset.Charset encoding,
        boolean replaceAnyway,
        Path previous,
        boolean emailAll) {

    /** A request without --replace-anyway, --previous or --email all. */
    RunRequest(Path roster, String sheet, Path capacity, Path out, LocalDate asOf, Integer horizonWeeks, Path rules,
            Path settings, Path templates, DateOrder dateOrder, Paper paper, int threads, boolean noPdf,
            boolean strict, boolean quiet, java.nio.charset.Charset encoding) {
        this(roster, sheet, capacity, out, asOf, horizonWeeks, rules, settings, templates, dateOrder, paper, threads,
                noPdf, strict, quiet, encoding, false, null, false);
    }
}
