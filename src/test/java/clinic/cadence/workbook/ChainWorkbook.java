package clinic.cadence.workbook;

import clinic.cadence.plan.Phase;
import clinic.cadence.plan.Session;
import clinic.cadence.roster.Capacity;
import clinic.cadence.roster.RowCounts;
import clinic.cadence.roster.TherapistCapacity;
import clinic.cadence.rules.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A clinic chain's workbook: many therapists, each with clients every week of a long window, so
 * the By therapist sheet is thousands of columns wide. Plans are made and added one at a time, as
 * a run streams them, so what stays in memory is the workbook's own.
 *
 * <p>A program of its own so a test can run it in a JVM with a small heap: how much the writing
 * needs shows as whether it finishes, not as a measurement that GC timing can blur.
 */
final class ChainWorkbook {
    static final int SESSION_MINUTES = 50;

    private ChainWorkbook() {
    }

    /** Arguments: the file to write, therapists, weeks, clients per therapist. */
    public static void main(String[] args) {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }

    static void write(Path file, int therapists, int weeks, int clientsEach) {
        Capacity capacity = capacity(therapists);
        try (CapacityWorkbook wb = new CapacityWorkbook(Fixture.AS_OF, "chain.csv", "built-in defaults",
                Fixture.RULES, Settings.defaults().withHorizonWeeks(weeks), capacity)) {
            int n = 0;
            for (int t = 0; t < therapists; t++) {
                for (int c = 0; c < clientsEach; c++) {
                    String id = String.format("C%07d", n++);
                    wb.addPlan(Fixture.plan(Fixture.client(id, "Client", id, "", site(t), therapist(t),
                            SESSION_MINUTES), Phase.MAINTENANCE, null, weekly(weeks, c), List.of()),
                            "plans/" + site(t) + "/" + id + ".pdf");
                }
            }
            wb.write(file, new RowCounts(n, n, 0, 0));
        }
    }

    static String therapist(int t) {
        return String.format("Therapist %05d", t);
    }

    static String site(int t) {
        return "Site " + t % 40;
    }

    /** Every therapist but the last has hours: 37.5, 20 or 0 (on leave) a week. */
    static Capacity capacity(int therapists) {
        List<TherapistCapacity> hours = new ArrayList<>();
        double[] choices = {37.5, 20, 0};
        for (int t = 0; t < therapists - 1; t++) {
            hours.add(new TherapistCapacity(therapist(t), site(t), choices[t % choices.length]));
        }
        return new Capacity(hours);
    }

    /** One session a week on Wednesday, skipping some weeks so the therapists' loads differ. */
    private static List<Session> weekly(int weeks, int client) {
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            if ((w + client) % 3 != 0) {
                sessions.add(new Session(Fixture.WINDOW_START.plusWeeks(w).plusDays(2), Phase.MAINTENANCE,
                        SESSION_MINUTES));
            }
        }
        return sessions;
    }
}
