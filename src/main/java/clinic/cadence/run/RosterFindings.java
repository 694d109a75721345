package clinic.cadence.run;

import clinic.cadence.roster.RosterReport;
import clinic.cadence.roster.Warning;
import java.util.List;
import java.util.Map;

/**
 * What the run has to tell the manager about the roster beyond rejections: the columns it used
 * (and every choice made on the file's behalf), and the planned clients' warnings.
 *
 * @param warnings     every warning's count by kind, in kind order
 * @param warningLines the first few warnings, worded for the terminal
 */
record RosterFindings(RosterReport report, Map<Warning.Kind, Integer> warnings, List<String> warningLines) {

    RosterFindings {
        warnings = Map.copyOf(warnings);
        warningLines = List.copyOf(warningLines);
    }

    static RosterFindings none() {
        return new RosterFindings(RosterReport.none(), Map.of(), List.of());
    }

    int warningCount() {
        return warnings.values().stream().mapToInt(Integer::intValue).sum();
    }
}
