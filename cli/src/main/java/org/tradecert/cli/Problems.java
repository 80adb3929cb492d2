package org.tradecert.cli;

import org.tradecert.document.DocumentReader;

/** Words for the problems that stop a document from being read. */
public final class Problems {

    private Problems() {
    }

    public static String describe(Cli cli, DocumentReader.Problem problem) {
        return cli.message(problem.kind().messageKey(), problem.detail() == null ? "" : problem.detail());
    }

    /** {@code file:line:column} when the place is known. */
    public static String place(String file, DocumentReader.Problem problem) {
        if (problem.line() == null || problem.line() < 1) {
            return file;
        }
        return file + ":" + problem.line() + (problem.column() != null && problem.column() > 0 ? ":" + problem.column() : "");
    }
}
