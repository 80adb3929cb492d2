package org.tradecert.conformance.run;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Thrown by a step when a check of its scenario failed; Cucumber reports the scenario as failed.
 * The message names the failed rules with their findings. There is no stack trace, because
 * Cucumber's HTML report prints the stack trace under the message, and a participant reading
 * the report needs the findings, not tradecert's call stack.
 */
public final class ScenarioFailed extends AssertionError {

    public ScenarioFailed(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public void setStackTrace(StackTraceElement[] stackTrace) {
        // Cucumber adds the step's line of the feature file, which its reports already show.
    }

    @Override
    public void printStackTrace(PrintWriter writer) {
        // Cucumber's HTML report prints this output under the message, so printing nothing leaves the message alone.
    }

    @Override
    public void printStackTrace(PrintStream stream) {
        // Prints nothing, like printStackTrace(PrintWriter).
    }
}
