package clinic.cadence.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * What the run made of the roster before reading its rows, for the manager to check: which
 * header fed which column and how, which headers were ignored, and every choice made on the
 * file's behalf (the sheet, the encoding, the date order, a missing optional column, rows that
 * are not clients). Shown on the terminal, in the workbook's Summary and in run.json.
 *
 * @param columns the columns found, in roster column order
 * @param ignored headers that feed no column, as written
 * @param notes   one line each, in the manager's words
 */
public record RosterReport(List<ColumnUse> columns, List<String> ignored, List<String> notes) {

    public RosterReport {
        columns = List.copyOf(columns);
        ignored = List.copyOf(ignored);
        notes = List.copyOf(notes);
    }

    public static RosterReport none() {
        return new RosterReport(List.of(), List.of(), List.of());
    }

    /**
     * @param column the column's canonical name, e.g. {@code status}
     * @param header the roster's header, as written
     * @param how    {@code name} (its name or an alias), {@code words} (matched by its words) or
     *               {@code settings} (the clinic named it)
     */
    public record ColumnUse(String column, String header, String how) {
        /** {@code status <- "Client Status" (by its words)}. */
        public String describe() {
            String by = switch (how) {
                case "words" -> " (by its words)";
                case "settings" -> " (named in the settings)";
                default -> "";
            };
            return column + " <- \"" + header + "\"" + by;
        }
    }

    /** The terminal's compact block: the columns used, the ones ignored, then the notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!columns.isEmpty()) {
            lines.add("Roster columns: " + String.join(", ", columns.stream().map(ColumnUse::describe).toList()) + ".");
        }
        if (!ignored.isEmpty()) {
            lines.add("Ignored columns: " + String.join(", ", ignored.stream().map(h -> "\"" + h + "\"").toList())
                    + ".");
        }
        notes.forEach(note -> lines.add(capitalised(note) + (note.endsWith(".") ? "" : ".")));
        return lines;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
