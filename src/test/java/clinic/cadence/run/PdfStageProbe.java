package clinic.cadence.run;

import clinic.cadence.pdf.PlanRenderer;
import clinic.cadence.plan.Plan;
import java.nio.file.Path;
import java.util.List;

/** Lets the benchmark time the run's own PDF stage (package-private) with a chosen number of threads. */
public final class PdfStageProbe {
    private PdfStageProbe() {
    }

    /** Seconds for the stage to render and write every plan, from the first submit until close returns. */
    public static double seconds(PlanRenderer renderer, List<Plan> plans, List<String> files, Path folder,
            int threads) {
        long start = System.nanoTime();
        try (PdfStage stage = new PdfStage(renderer, folder, threads)) {
            for (int i = 0; i < plans.size(); i++) {
                stage.submit(plans.get(i), files.get(i));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
