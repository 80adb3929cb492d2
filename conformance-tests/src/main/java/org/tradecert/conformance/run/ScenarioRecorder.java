package org.tradecert.conformance.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps Cucumber's own result of every test case and the text of the first step that did not
 * pass, so a scenario that failed outside tradecert's evaluation (an undefined or ambiguous
 * step, an unexpected exception) still gets a result.
 */
final class ScenarioRecorder implements ConcurrentEventListener {

    /** Cucumber's result of one test case. */
    record Outcome(Status status, Throwable error, String step) {
    }

    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, String> firstUnpassedStep = new HashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    }

    private synchronized void stepFinished(TestStepFinished event) {
        if (event.getResult().getStatus() != Status.PASSED && event.getTestStep() instanceof PickleStepTestStep step) {
            firstUnpassedStep.putIfAbsent(event.getTestCase().getId().toString(), step.getStep().getKeyword() + step.getStep().getText());
        }
    }

    private synchronized void caseFinished(TestCaseFinished event) {
        String id = event.getTestCase().getId().toString();
        Result result = event.getResult();
        outcomes.put(id, new Outcome(result.getStatus(), result.getError(), firstUnpassedStep.get(id)));
    }

    /** Cucumber's result of the test case with this id, or null when it did not run. */
    synchronized Outcome outcome(String testCaseId) {
        return outcomes.get(testCaseId);
    }
}
