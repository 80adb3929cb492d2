package org.tradecert.conformance.run;

/** Thrown by a step when its scenario cannot reach a result; Cucumber reports the scenario as failed, tradecert as ERROR. */
public final class ScenarioError extends RuntimeException {

    public ScenarioError(String message) {
        super(message);
    }
}
