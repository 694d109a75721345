package clinic.cadence.plan;

import java.util.List;

/**
 * One line of a plan's rationale: the rule (R1..R10) that shaped the plan and what it decided, as
 * findings a message catalogue words in the client's language (one sentence each, in order).
 */
public record Reason(String ruleId, List<Finding> findings) {
    public Reason {
        findings = List.copyOf(findings);
    }

    public Reason(String ruleId, Finding finding) {
        this(ruleId, List.of(finding));
    }
}
