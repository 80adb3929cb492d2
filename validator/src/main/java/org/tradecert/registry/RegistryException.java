package org.tradecert.registry;

import java.util.List;

/** Raised when a network registry file is unreadable or breaks its format; lists every problem found. */
public class RegistryException extends Exception {

    private final List<String> problems;

    public RegistryException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
