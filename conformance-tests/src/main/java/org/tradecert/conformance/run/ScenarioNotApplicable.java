package org.tradecert.conformance.run;

import org.opentest4j.TestAbortedException;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Thrown by a step when its scenario does not apply to the participant's submissions. Cucumber
 * reports a {@link TestAbortedException} as skipped. Like {@link ScenarioFailed} it carries no
 * stack trace, so the reports show only the reason.
 */
public final class ScenarioNotApplicable extends TestAbortedException {

    public ScenarioNotApplicable(String reason) {
        super(reason);
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
