package clinic.cadence.rules;

import clinic.cadence.client.MassageType;
import clinic.cadence.plan.Band;
import java.time.LocalDate;

/** Numbers, days and dates in plain English, built by hand: plan() runs a million times a run. */
final class Words {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private Words() {
    }

    /** The days of a mask (bit 0 Monday): "Mon, Thu", or in full "Monday, Thursday". */
    static String days(int mask, boolean full) {
        StringBuilder text = new StringBuilder();
        for (int day = 0; day < 7; day++) {
            if ((mask & 1 << day) != 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(full ? DAY_NAMES[day] : DAY_NAMES[day].substring(0, 3));
            }
        }
        return text.toString();
    }

    /** "deep tissue" */
    static String modality(MassageType type) {
        return type.label().replace('_', ' ');
    }

    static String bandWords(Band band) {
        return band == Band.NONE ? "no pain" : band.label() + " pain";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "three"; figures from 13 up. */
    static String count(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    static String sessions(int n) {
        return n + (n == 1 ? " session" : " sessions");
    }

    static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    static String weeks(int n) {
        return count(n) + (n == 1 ? " week" : " weeks");
    }

    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : count(n) + " times";
    }

    /** "14 December", with the year when it is not the plan's year. */
    static String date(LocalDate date, LocalDate asOf) {
        String text = date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
        return date.getYear() == asOf.getYear() ? text : text + " " + date.getYear();
    }
}
