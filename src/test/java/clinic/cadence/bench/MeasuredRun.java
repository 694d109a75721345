package clinic.cadence.bench;

import clinic.cadence.run.Cadence;

/**
 * A child JVM of the benchmark: one Cadence run exactly as the command line does it (the same
 * {@code Cadence.run}), then one {@code BENCH} line with its exit status, time and memory.
 */
public final class MeasuredRun {
    private MeasuredRun() {
    }

    public static void main(String[] args) {
        Memory memory = Memory.watch();
        long start = System.nanoTime();
        int status = Cadence.run(args, System.out, System.err);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCH status=" + status + " run_ms=" + ms + " " + memory.report());
    }
}
