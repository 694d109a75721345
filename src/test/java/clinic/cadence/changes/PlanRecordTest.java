package clinic.cadence.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.cadence.plan.Phase;
import clinic.cadence.plan.PhaseSpan;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A plans.csv line reads back as the record it was written from, whatever the names hold. */
class PlanRecordTest {
    @Property(tries = 200)
    void fieldsReadBackAsWritten(@ForAll String name, @ForAll String therapist,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 83) Integer> days, @ForAll @IntRange(min = 1, max = 8) int interval) {
        LocalDate start = LocalDate.of(2026, 11, 23);
        List<LocalDate> dates = days.stream().sorted().map(start::plusDays).toList();
        PlanRecord r = new PlanRecord("C;1", name, "", therapist, start, start, start.plusDays(83),
                List.of(new PhaseSpan(Phase.TAPER, start, start.plusDays(6)), new PhaseSpan(Phase.MAINTENANCE,
                        start.plusDays(7), null)), dates, 45, interval, List.of("THERAPIST REVIEW", "BUDGET-LIMITED"), "abc");
        assertEquals(r, PlanRecord.parse(r.fields()));
    }
}
