package clinic.cadence.roster;

import java.time.LocalDate;

/**
 * How to read one roster.
 *
 * @param sheet     the XLSX sheet to read, or null for the first
 * @param dateOrder the order of slash dates, or null to accept only unambiguous ones
 * @param asOf      the plan date: dates after it are rejected
 */
public record RosterOptions(String sheet, DateOrder dateOrder, LocalDate asOf) {
}
