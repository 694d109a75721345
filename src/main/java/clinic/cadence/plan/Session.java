package clinic.cadence.plan;

import java.time.LocalDate;

/** One suggested session. {@code minutes} is the treatment time, without the turnover buffer. */
public record Session(LocalDate date, Phase phase, int minutes) {
}
