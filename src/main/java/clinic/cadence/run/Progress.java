package clinic.cadence.run;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress line on a terminal: rows read, plans written, rate and time left. Silent when
 * output is not a terminal (a scheduler's log) or with --quiet.
 */
class Progress implements AutoCloseable {
    static final Progress SILENT = new Progress();

    private Progress() {
    }

    static Progress forTerminal(boolean quiet) {
        return quiet || System.console() == null ? SILENT : new Shown();
    }

    /** How many rows the roster holds, once known: the line can then say the time left. */
    void expect(int rows) {
    }

    void step(int rowsRead, int plansWritten) {
    }

    @Override
    public void close() {
    }

    private static final class Shown extends Progress {
        private final ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Planning")
                .setUnit(" rows", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setInitialMax(-1)
                .build();

        @Override
        void expect(int rows) {
            bar.maxHint(rows);
        }

        @Override
        void step(int rowsRead, int plansWritten) {
            bar.stepTo(rowsRead);
            bar.setExtraMessage(" " + plansWritten + " plans written");
        }

        private boolean closed;

        /**
         * Once only: closing the bar again redraws it one line up, which is where the summary line
         * is by then (the bar moved the cursor up over it, and the manager lost the row count).
         */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                bar.close();
            }
        }
    }
}
