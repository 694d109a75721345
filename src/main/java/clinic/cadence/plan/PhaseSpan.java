package clinic.cadence.plan;

import java.time.LocalDate;

/**
 * A stretch of the plan in one phase.
 *
 * @param end the last day, inclusive; {@code null} when the phase runs on past the window
 */
public record PhaseSpan(Phase phase, LocalDate start, LocalDate end) {
}
