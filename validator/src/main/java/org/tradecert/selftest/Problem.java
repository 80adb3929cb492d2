package org.tradecert.selftest;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with a fixture file, or a rule without the fixtures it needs. The key names
 * a text of the command's bundle ({@code selftest.problem.<key>}) and the arguments fill it,
 * so each reader gets the problem in their own language.
 */
public record Problem(String key, List<String> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(String key, Object... arguments) {
        return new Problem(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The key and its arguments, for logs and test failures. */
    @Override
    public String toString() {
        return key + " " + String.join(" | ", arguments);
    }
}
