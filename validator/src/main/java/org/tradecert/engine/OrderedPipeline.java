package org.tradecert.engine;

import org.tradecert.api.DocumentResult;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs work items on a fixed pool of threads and hands their results on in submission order.
 * At most a few items per thread are in flight, so memory stays flat however many inputs a
 * run has. An item still running well past its time limit is abandoned and replaced by its
 * timeout result, so one input can never stall the run.
 */
final class OrderedPipeline implements AutoCloseable {

    /** One unit of work: its result, finished in order on the calling thread, and what to report if it hangs or crashes. */
    interface Work {
        Pending call();

        /** The result of an item abandoned after its time limit ({@code cause} null) or ended by an uncaught error. */
        DocumentResult failed(Throwable cause);
    }

    /** A result that still needs its ordered step (replay and supersession history) before it is delivered. */
    interface Pending {
        DocumentResult complete();
    }

    private record InFlight(Work work, Future<Pending> future, AtomicLong started) {
    }

    /** Time allowed beyond the per-document limit before the pipeline stops waiting; the document itself stops at its limit. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final ExecutorService pool;
    private final int window;
    private final long timeoutNanos;
    private final Consumer<DocumentResult> sink;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    OrderedPipeline(int threads, long timeoutNanos, Consumer<DocumentResult> sink) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "tradecert-validate-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.window = threads * 4;
        this.timeoutNanos = timeoutNanos;
        this.sink = sink;
    }

    void submit(Work work) {
        AtomicLong started = new AtomicLong();
        Future<Pending> future = pool.submit(() -> {
            started.set(System.nanoTime());
            return work.call();
        });
        inFlight.add(new InFlight(work, future, started));
        while (inFlight.size() >= window) {
            deliverHead();
        }
    }

    /** Delivers every remaining result. */
    void finish() {
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    private void deliverHead() {
        InFlight head = inFlight.poll();
        DocumentResult result;
        while (true) {
            try {
                result = head.future().get(100, TimeUnit.MILLISECONDS).complete();
                break;
            } catch (TimeoutException e) {
                long started = head.started().get();
                if (started != 0 && System.nanoTime() - started > timeoutNanos + GRACE_NANOS) {
                    head.future().cancel(true);
                    result = head.work().failed(null);
                    break;
                }
            } catch (ExecutionException e) {
                result = head.work().failed(e.getCause());
                break;
            } catch (CancellationException e) {
                result = head.work().failed(null);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                head.future().cancel(true);
                result = head.work().failed(e);
                break;
            }
        }
        sink.accept(result);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
