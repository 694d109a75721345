package clinic.cadence.plan;

/** One plain-language line of a plan's rationale, citing the rule (R1..R10) that shaped it. */
public record Reason(String ruleId, String text) {
}
