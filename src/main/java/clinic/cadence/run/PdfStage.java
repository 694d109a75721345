package clinic.cadence.run;

import clinic.cadence.pdf.PlanRenderer;
import clinic.cadence.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders plan PDFs on {@code threads} workers while the roster is still being read. The queue is
 * bounded (a few plans per worker), so a large roster never piles up plans in memory: when the
 * workers fall behind, the reader waits.
 */
final class PdfStage implements RunWriter {
    private final PlanRenderer renderer;
    private final Path folder;
    private final ExecutorService workers;
    private final Semaphore room;
    /** The first failure of a worker; an Error too (out of memory), so no plan goes missing unnoticed. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger written = new AtomicInteger();
    private final Rendered listener;

    /** Told of each PDF on the worker that rendered it, after it is written: the outbox attaches it. */
    interface Rendered {
        void rendered(PlannedClient client, byte[] pdf);
    }

    PdfStage(PlanRenderer renderer, Path folder, int threads) {
        this(renderer, folder, threads, (client, pdf) -> {
        });
    }

    PdfStage(PlanRenderer renderer, Path folder, int threads, Rendered listener) {
        this.listener = listener;
        this.renderer = renderer;
        this.folder = folder;
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
        this.room = new Semaphore(threads * 4);
    }

    @Override
    public void plan(PlannedClient client) {
        submit(client);
    }

    /** Queues one plan, waiting while the queue is full. {@code file} is relative to the folder, with '/'. */
    void submit(Plan plan, String file) {
        submit(new PlannedClient(plan, file, null, null, java.util.List.of()));
    }

    private void submit(PlannedClient client) {
        rethrowFailure();
        room.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                if (failure.get() == null) {
                    listener.rendered(client, write(client.plan(), folder.resolve(client.planFile())));
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                room.release();
            }
        });
    }

    int written() {
        return written.get();
    }

    private byte[] write(Plan plan, Path target) {
        byte[] pdf = renderer.render(plan);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, pdf);
            written.incrementAndGet();
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every plan has been queued: waits for the last PDF. */
    @Override
    public void finish(RunTotals totals) {
        close();
    }

    /** Waits for every queued plan; rethrows the first failure. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // A large roster can take minutes; keep waiting, the workers are making progress.
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable e = failure.get();
        if (e != null) {
            workers.shutdownNow();
            if (e instanceof Error) {
                throw (Error) e;
            }
            throw (RuntimeException) e;
        }
    }

    /** Daemon threads, so a failure on the main thread never leaves the JVM hanging on workers. */
    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "cadence-pdf-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
