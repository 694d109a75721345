package clinic.cadence.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time went in a Flight Recorder file: the execution samples by thread, by the method on
 * top of the stack (self time), and by every method on the stack (total time), the JDK's own
 * frames left out of the latter so Cadence's and the libraries' methods show.
 *
 * <p>{@code HotMethods FILE.jfr [TOP]}
 */
public final class HotMethods {
    private final Map<String, Integer> byThread = new TreeMap<>();
    private final Map<String, Integer> self = new TreeMap<>();
    private final Map<String, Integer> total = new TreeMap<>();
    private int samples;

    private HotMethods() {
    }

    public static void main(String[] args) {
        System.out.println(summary(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20));
    }

    static String summary(Path jfr, int top) {
        HotMethods hot = new HotMethods();
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
                    hot.add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hot.report(jfr, top);
    }

    private void add(RecordedEvent e) {
        samples++;
        RecordedThread thread = e.getThread("sampledThread");
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        byThread.merge(name.replaceAll("-\\d+$", "-N"), 1, Integer::sum);
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        if (frames.isEmpty()) {
            return;
        }
        self.merge(method(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
            String m = method(f);
            if (!m.startsWith("java.") && !m.startsWith("jdk.") && !m.startsWith("sun.") && seen.add(m)) {
                total.merge(m, 1, Integer::sum);
            }
        }
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private String report(Path jfr, int top) {
        return "Profile " + jfr.getFileName() + ": " + samples + " execution samples\n"
                + section("by thread", byThread, top) + section("self (top of stack)", self, top)
                + section("total (on the stack; JDK frames left out)", total, top);
    }

    private String section(String title, Map<String, Integer> counts, int top) {
        return "  " + title + ":\n" + counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(en -> String.format(Locale.ROOT, "    %5.1f %%  %s", 100.0 * en.getValue() / Math.max(1, samples),
                        en.getKey()))
                .collect(Collectors.joining("\n")) + "\n";
    }
}
