package org.tradecert.schema.model;

import java.util.List;

/** Raised when a model file cannot be read or breaks the model format; lists every problem found. */
public class ModelException extends Exception {

    private final List<String> problems;

    public ModelException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
