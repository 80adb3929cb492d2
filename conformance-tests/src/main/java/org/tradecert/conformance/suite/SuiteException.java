package org.tradecert.conformance.suite;

import org.tradecert.conformance.Text;

import java.util.List;

/** A suite that cannot be read or does not fit the rule pack; each problem is a text of the conformance bundle. */
public final class SuiteException extends Exception {

    private final transient List<Text> problems;

    public SuiteException(String suite, List<Text> problems) {
        super(suite + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Text> problems() {
        return problems;
    }
}
