package clinic.cadence.plan;

import clinic.cadence.client.Client;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the rulebook gives for one client as of one date.
 *
 * @param windowStart       the Monday of the as-of week
 * @param windowEnd         the Sunday that closes the window ({@code horizon_weeks} weeks)
 * @param sessionsThisWeek  what R2-R8 call for in the as-of week, before R9 and R10; null in maintenance
 * @param timeline          the phases in date order, covering the window
 * @param sessions          the suggested sessions in the window dated on or after as-of, by date
 * @param flags             at most one per kind, in {@link FlagKind} order
 * @param rationale         one line per rule that shaped this plan, in rule order
 */
public record Plan(
        Client client,
        LocalDate asOf,
        LocalDate windowStart,
        LocalDate windowEnd,
        Band band,
        Phase phaseNow,
        Integer sessionsThisWeek,
        int maintenanceIntervalWeeks,
        List<PhaseSpan> timeline,
        List<Session> sessions,
        List<Flag> flags,
        List<Reason> rationale) {

    public Plan {
        timeline = List.copyOf(timeline);
        sessions = List.copyOf(sessions);
        flags = List.copyOf(flags);
        rationale = List.copyOf(rationale);
    }

    public boolean isFlagged(FlagKind kind) {
        return flag(kind).isPresent();
    }

    public Optional<Flag> flag(FlagKind kind) {
        return flags.stream().filter(f -> f.kind() == kind).findFirst();
    }

    public Optional<Session> nextSession() {
        return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(0));
    }
}
