package org.tradecert.binding;

import java.util.List;

/** Raised when a document cannot be carried over to the other syntax; lists each place at fault. */
public class ConversionException extends Exception {

    private final List<String> problems;

    public ConversionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
