package clinic.cadence.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What a benchmark child JVM used: the peak resident set (VmHWM, what the machine had to give),
 * and the most heap still in use right after a garbage collection (an upper bound on what the run
 * kept alive, which is what must not grow with the roster).
 */
final class Memory {
    private final AtomicLong maxHeapAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private Memory() {
    }

    /** Starts listening to the collector's reports of the heap after each collection. */
    static Memory watch() {
        Memory memory = new Memory();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    memory.afterCollection(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                }
            }, null, null);
        }
        return memory;
    }

    private void afterCollection(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        maxHeapAfterGc.accumulateAndGet(used, Math::max);
    }

    /** {@code key=value} fields for the parent: peak RSS, max heap after GC, heap after a final full GC. */
    String report() {
        System.gc();
        long finalHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return "hwm_kb=" + statusKb("VmHWM") + " max_heap_after_gc_kb=" + Math.max(maxHeapAfterGc.get(), finalHeap) / 1024
                + " final_heap_kb=" + finalHeap / 1024 + " gcs=" + collections.get();
    }

    /** A {@code kB} line of /proc/self/status (Linux), or -1 where there is none. */
    static long statusKb(String key) {
        return statusKb(Path.of("/proc/self/status"), key);
    }

    static long statusKb(Path status, String key) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between polls, or this is not Linux: no reading.
        }
        return -1;
    }
}
