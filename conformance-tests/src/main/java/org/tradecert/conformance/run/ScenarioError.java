package org.tradecert.conformance.run;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Thrown by a step when its scenario cannot reach a result; Cucumber reports the scenario as
 * failed, tradecert as ERROR. Like {@link ScenarioFailed} it carries no stack trace, so the
 * reports show only the reason.
 */
public final class ScenarioError extends RuntimeException {

    public ScenarioError(String message) {
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
