package clinic.cadence.roster;

/** One therapist's weekly hours at one site, from the capacity input. */
public record TherapistCapacity(String therapist, String location, double hoursPerWeek) {
}
