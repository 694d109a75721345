package clinic.cadence.send;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress line on a terminal: sent, failed, left and time left. Silent in a log or with --quiet. */
class SendProgress implements AutoCloseable {
    static final SendProgress SILENT = new SendProgress();

    static SendProgress forTerminal(boolean quiet, int toSend) {
        return quiet || System.console() == null || toSend == 0 ? SILENT : new Shown(toSend);
    }

    void step(int done, int sent, int failed) {
    }

    /** Said on the line while the sender waits (retry backoff). */
    void note(String text) {
    }

    @Override
    public void close() {
    }

    private static final class Shown extends SendProgress {
        private final ProgressBar bar;
        private final int toSend;

        Shown(int toSend) {
            this.toSend = toSend;
            bar = new ProgressBarBuilder().setTaskName("Sending").setUnit(" messages", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setInitialMax(toSend).build();
        }

        @Override
        void step(int done, int sent, int failed) {
            bar.stepTo(done);
            bar.setExtraMessage(" sent " + sent + ", failed " + failed + ", left " + (toSend - done));
        }

        @Override
        void note(String text) {
            bar.setExtraMessage(" " + text);
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
