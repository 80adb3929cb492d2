package org.tradecert.examples.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.tradecert.cli.Main;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The main class of the child JVM of a heap measurement: runs one {@code tradecert} command
 * line, as {@code tradecert} itself would, while it watches the heap, then writes what it saw
 * as JSON.
 *
 * <p>Two figures are kept. The live heap is sampled at a fixed interval: the watcher forces a
 * full collection and reads the heap used right after it, which is what the run holds on to at
 * that moment. The heap after collection is the largest heap used after any collection the
 * run made on its own, read from the collectors' notifications. It also counts garbage that a
 * young collection left in the old generation, so it is an upper bound of the live heap.
 *
 * <pre>
 * java -Xmx256m ... org.tradecert.examples.memory.HeapWatch REPORT.json SAMPLE_MILLIS tradecert-arguments...
 * </pre>
 */
public final class HeapWatch {

    private HeapWatch() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        long sampleMillis = Long.parseLong(args[1]);
        String[] command = java.util.Arrays.copyOfRange(args, 2, args.length);

        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong maxAfterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                if ("System.gc()".equals(info.getGcCause())) {
                    return;
                }
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                    }
                }
                collections.incrementAndGet();
                maxAfterGc.accumulateAndGet(used, Math::max);
            }, null, null);
        }

        List<long[]> samples = new ArrayList<>();
        long start = System.nanoTime();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(sampleMillis);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                synchronized (samples) {
                    samples.add(new long[] {(System.nanoTime() - start) / 1_000_000, used});
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        int exitCode = Main.run(command, System.out, System.err);
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();

        write(report, exitCode, wallMillis, samples, maxAfterGc.get(), collections.get());
        System.exit(exitCode);
    }

    private static void write(Path report, int exitCode, long wallMillis, List<long[]> samples, long maxAfterGc, long collections)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("exitCode", exitCode);
        root.put("wallMillis", wallMillis);
        root.put("heapMaxBytes", Runtime.getRuntime().maxMemory());
        long maxLive = samples.stream().mapToLong(sample -> sample[1]).max().orElse(-1);
        root.put("maxLiveHeapBytes", maxLive);
        root.put("maxHeapAfterGcBytes", maxAfterGc);
        root.put("collections", collections);
        root.put("collector", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", ")));
        ArrayNode list = root.putArray("liveHeapSamples");
        for (long[] sample : samples) {
            list.addArray().add(sample[0]).add(sample[1]);
        }
        Files.writeString(report, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
