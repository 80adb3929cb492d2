package org.tradecert.selftest;

/** A fixture that cannot be read or cannot be applied to its base, with the problem that says why. */
public final class FixtureException extends Exception {

    private final transient Problem problem;

    FixtureException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    FixtureException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    static FixtureException of(String key, Object... arguments) {
        return new FixtureException(Problem.of(key, arguments));
    }

    public Problem problem() {
        return problem;
    }
}
