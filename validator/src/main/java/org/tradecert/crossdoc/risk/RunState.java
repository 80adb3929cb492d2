package org.tradecert.crossdoc.risk;

import java.util.function.Supplier;

/**
 * The summary an indicator keeps across the transactions of one validation run. The engine
 * calls {@code startRun} before a run and then checks every transaction of that run on the
 * thread that called it, so one summary per thread keeps concurrent runs apart even though
 * the rule objects are shared.
 */
final class RunState<T> {

    private final ThreadLocal<T> state;

    RunState(Supplier<T> factory) {
        this.state = ThreadLocal.withInitial(factory);
    }

    T current() {
        return state.get();
    }

    /** Forgets the summary of this thread's previous run. */
    void reset() {
        state.remove();
    }
}
