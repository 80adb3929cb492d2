package org.tradecert.cli;

/** The exit codes of every tradecert command; never a count of findings. */
public final class ExitCode {

    /** Conformant, or the command did what was asked. */
    public static final int OK = 0;
    /** Non-conformant: findings at or above the --fail-on threshold. */
    public static final int NON_CONFORMANT = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** A configuration file, schema, model or rule pack is invalid. */
    public static final int CONFIGURATION = 3;
    /** An input or output file cannot be read or written. */
    public static final int INPUT_OUTPUT = 4;
    /** Incomplete: a layer could not run, so no verdict can be given. */
    public static final int INCOMPLETE = 5;

    private ExitCode() {
    }
}
