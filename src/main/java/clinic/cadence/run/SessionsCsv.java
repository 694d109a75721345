package clinic.cadence.run;

import clinic.cadence.plan.Plan;
import clinic.cadence.plan.Session;
import java.nio.file.Path;

/** {@code sessions.csv}: every suggested session, for the booking system. */
final class SessionsCsv extends CsvFile {
    SessionsCsv(Path folder) {
        super(folder.resolve("sessions.csv"), "client_id", "date", "phase", "minutes", "location", "therapist");
    }

    @Override
    public void plan(PlannedClient client) {
        Plan plan = client.plan();
        for (Session s : plan.sessions()) {
            csv.row(plan.client().id(), s.date().toString(), s.phase().label(), s.minutes(),
                    plan.client().location(), plan.client().therapist());
        }
    }
}
