package clinic.cadence.client;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One active client, validated: what the rulebook plans from.
 *
 * <p>Optional roster values that were left empty are {@code null} here (never guessed), so the
 * rulebook can apply its own defaults and say so in the rationale. Text values are never null:
 * an empty string means the roster had none.
 *
 * @param id                  the clinic's client id, trimmed, as written ({@code 00123} stays so)
 * @param firstName           given name, or ""
 * @param lastName            family name, or ""
 * @param fullName            the roster's single {@code name} column as given, or ""
 * @param painLevel           0-10, or null (allowed only for wellness and chronic)
 * @param intakePain          0-10 at intake, or null: then it is {@code painLevel}
 * @param episodeStart        or null: for an episode the rulebook then starts it at the as-of date
 * @param lastVisit           or null
 * @param reliefDays          whole days a session's benefit lasts (at least 1), or null
 * @param maxSessionsPerMonth the client's monthly budget (0 or more), or null for no cap
 * @param availableDays       the weekdays the client can come, or null for every open day
 * @param sessionMinutes      one of 30, 45, 60, 75, 90, 120
 * @param location            the site as given, or ""
 * @param therapist           the therapist as given, or ""
 * @param email               the client's address as given, or ""
 * @param language            the plan's language as a BCP 47 tag ({@code es}, {@code pt-BR}), or "" for
 *                            the clinic's default
 * @param emailOptOut         whether the client asked not to be emailed
 */
public record Client(
        String id,
        String firstName,
        String lastName,
        String fullName,
        Condition condition,
        Integer painLevel,
        Integer intakePain,
        LocalDate episodeStart,
        LocalDate lastVisit,
        MassageType massageType,
        Activity activity,
        StressLevel stressLevel,
        Integer reliefDays,
        Integer maxSessionsPerMonth,
        Set<DayOfWeek> availableDays,
        int sessionMinutes,
        String location,
        String therapist,
        String email,
        String language,
        boolean emailOptOut) {

    public Client {
        availableDays = availableDays == null ? null : Set.copyOf(availableDays);
        language = language == null ? "" : language;
    }

    /** A client in the clinic's default language who has not opted out of email. */
    public Client(String id, String firstName, String lastName, String fullName, Condition condition,
            Integer painLevel, Integer intakePain, LocalDate episodeStart, LocalDate lastVisit,
            MassageType massageType, Activity activity, StressLevel stressLevel, Integer reliefDays,
            Integer maxSessionsPerMonth, Set<DayOfWeek> availableDays, int sessionMinutes, String location,
            String therapist, String email) {
        this(id, firstName, lastName, fullName, condition, painLevel, intakePain, episodeStart, lastVisit,
                massageType, activity, stressLevel, reliefDays, maxSessionsPerMonth, availableDays,
                sessionMinutes, location, therapist, email, "", false);
    }

    /** First then last name, or the single name as given. */
    public String displayName() {
        if (!fullName.isEmpty() && firstName.isEmpty() && lastName.isEmpty()) {
            return fullName;
        }
        if (firstName.isEmpty()) {
            return lastName;
        }
        return lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }
}
