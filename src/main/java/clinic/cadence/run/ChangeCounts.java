package clinic.cadence.run;

import clinic.cadence.changes.ChangeKind;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What changed since the earlier run, counted: for the summary line and run.json.
 *
 * @param previous     the earlier run's folder as --previous gave it, or null (the out folder, or none)
 * @param previousAsOf its as-of date, or null
 * @param note         why nothing was compared, or null
 */
record ChangeCounts(Path previous, LocalDate previousAsOf, int fresh, int changed, int unchanged, int gone,
        String note) implements ManifestSection {

    static ChangeCounts of(ChangeTracker tracker) {
        return new ChangeCounts(tracker.previousFolder(), tracker.previousAsOf(), tracker.count(ChangeKind.NEW),
                tracker.count(ChangeKind.CHANGED), tracker.count(ChangeKind.UNCHANGED), tracker.count(ChangeKind.GONE),
                tracker.note());
    }

    /** "27 planned: 3 new, 5 changed, 19 unchanged; 2 gone since the run of 2026-11-16." */
    String sentence(int planned) {
        String counts = planned + " planned: " + fresh + " new, " + changed + " changed, " + unchanged + " unchanged; "
                + gone + " gone";
        if (note != null) {
            return counts + " (" + note + ").";
        }
        return counts + (previousAsOf == null ? "" : " since the run of " + previousAsOf) + ".";
    }

    @Override
    public void write(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("changes");
        if (previous != null) {
            json.writeStringField("previous", previous.toString().replace('\\', '/'));
        }
        if (previousAsOf == null) {
            json.writeNullField("previous_as_of");
        } else {
            json.writeStringField("previous_as_of", previousAsOf.toString());
        }
        json.writeNumberField("new", fresh);
        json.writeNumberField("changed", changed);
        json.writeNumberField("unchanged", unchanged);
        json.writeNumberField("gone", gone);
        if (note != null) {
            json.writeStringField("note", note);
        }
        json.writeEndObject();
    }
}
