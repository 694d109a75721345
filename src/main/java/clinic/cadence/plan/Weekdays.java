package clinic.cadence.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** Some days of the week, as a mask (bit 0 Monday); worded as a list of day names in the plan's language. */
public record Weekdays(int mask) {
    public List<DayOfWeek> days() {
        List<DayOfWeek> days = new ArrayList<>(7);
        for (int day = 0; day < 7; day++) {
            if ((mask & 1 << day) != 0) {
                days.add(DayOfWeek.of(day + 1));
            }
        }
        return days;
    }
}
