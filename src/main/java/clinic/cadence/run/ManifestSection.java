package clinic.cadence.run;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A part of run.json that a stage of the run adds, written after the counts. */
interface ManifestSection {
    void write(JsonGenerator json) throws IOException;
}
