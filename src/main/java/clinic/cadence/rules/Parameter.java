package clinic.cadence.rules;

/** One rulebook or settings parameter as in force for a run, for the workbook's Rules sheet. */
public record Parameter(String name, String value, String meaning) {
}
