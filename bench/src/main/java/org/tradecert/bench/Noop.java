package org.tradecert.bench;

/** A program that does nothing: timing it gives the cost of starting and stopping a JVM, the baseline of the CLI figure. */
public final class Noop {

    private Noop() {
    }

    public static void main(String[] args) {
        // Intentionally empty: only the JVM's own start and exit are measured.
    }
}
