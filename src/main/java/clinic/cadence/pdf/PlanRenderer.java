package clinic.cadence.pdf;

import clinic.cadence.plan.Plan;
import clinic.cadence.rules.Settings;
import java.nio.file.Path;

/**
 * Turns a plan into its PDF: FreeMarker template to XHTML, Flying Saucer on OpenPDF to PDF.
 * Fonts and the parsed template are set up once per run; {@link #render} is safe to call from
 * several threads (one Flying Saucer renderer per thread).
 */
public final class PlanRenderer {

    /**
     * @param templates the clinic's template folder, or null for the templates inside the jar
     * @throws clinic.cadence.UnusableInputException for a template that cannot be used, naming the
     *     template file, line and error; found here, before any PDF is written
     */
    public static PlanRenderer load(Path templates, Settings settings) {
        throw new UnsupportedOperationException("plan PDF: issue 5");
    }

    /** The PDF's bytes; identical for identical plans (dates and ids come from the as-of date). */
    public byte[] render(Plan plan) {
        throw new UnsupportedOperationException("plan PDF: issue 5");
    }
}
