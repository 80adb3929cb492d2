package org.tradecert.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.tradecert.api.Verdict;
import org.tradecert.engine.Validator;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Goal 2, run in a child JVM with a heap cap: streams one ledger export through
 * {@link Validator#validatePaths} with a sink that keeps only counts, and prints one line
 * with three views of the heap:
 *
 * <ul>
 *   <li>{@code maxAfterGc}: the most heap in use right after any collection, from the
 *       collectors' notifications. It bounds the live data from above, because a young
 *       collection leaves old garbage in place;</li>
 *   <li>{@code live}: heap in use right after a full collection that the probe requests at
 *       each tenth of the submissions, the live data at that point;</li>
 *   <li>{@code poolPeaks}: the sum of each heap pool's peak, garbage included, the most the
 *       heap ever held.</li>
 * </ul>
 *
 * <p>Arguments: the export file and its number of submissions.
 */
public final class HeapProbe {

    static final String PREFIX = "heap-probe";
    private static final int CHECKPOINTS = 10;

    private HeapProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: HeapProbe EXPORT_FILE SUBMISSIONS");
            System.exit(2);
        }
        Path export = Path.of(args[0]);
        long expected = Long.parseLong(args[1]);

        AtomicLong maxAfterGc = new AtomicLong();
        AtomicLong maxCommitted = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        listenToCollections(maxAfterGc, maxCommitted, collections);

        List<Long> live = new ArrayList<>();
        long step = Math.max(1, expected / CHECKPOINTS);
        Tally tally = new Tally();
        long start = System.nanoTime();
        Validator.builder().build().validatePaths(List.of(export), result -> {
            tally.accept(result);
            if (tally.results() % step == 0) {
                // Requested full collections measure the live data; they run CHECKPOINTS times, so they cost little time.
                System.gc();
                live.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
        });
        long nanos = System.nanoTime() - start;

        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        System.out.println(PREFIX + " results=" + tally.results() + " conformant=" + tally.count(Verdict.CONFORMANT)
                + " findings=" + tally.findingRules().values().stream().mapToLong(Long::longValue).sum()
                + " seconds=" + String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9)
                + " collections=" + collections.get() + " maxHeap=" + maxHeap + " maxCommitted=" + maxCommitted.get()
                + " maxAfterGc=" + maxAfterGc.get() + " poolPeaks=" + poolPeaks
                + " live=" + live.stream().map(String::valueOf).collect(Collectors.joining(","))
                + " rules=" + tally.findingRules().keySet().stream().collect(Collectors.joining(",")));
    }

    private static void listenToCollections(AtomicLong maxAfterGc, AtomicLong maxCommitted, AtomicLong collections) {
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                long committed = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                        committed += pool.getValue().getCommitted();
                    }
                }
                collections.incrementAndGet();
                maxAfterGc.accumulateAndGet(used, Math::max);
                maxCommitted.accumulateAndGet(committed, Math::max);
            }, null, null);
        }
    }
}
