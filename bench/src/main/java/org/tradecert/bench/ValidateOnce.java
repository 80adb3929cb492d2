package org.tradecert.bench;

import org.tradecert.api.Verdict;
import org.tradecert.engine.Validator;

import java.nio.file.Path;
import java.util.List;

/**
 * Validates the files named on the command line in a fresh JVM and exits 0 when all are
 * conformant, else 1. The harness times it in place of {@code tradecert validate FILE} while
 * that command is not built. It makes the same engine calls without the CLI's option parsing
 * and report writing, so its time is a lower bound for the command's.
 */
public final class ValidateOnce {

    private ValidateOnce() {
    }

    public static void main(String[] args) {
        Tally tally = new Tally();
        Validator.builder().build().validatePaths(args.length == 0 ? List.of() : java.util.Arrays.stream(args).map(Path::of).toList(), tally);
        System.out.println(tally.describe());
        System.exit(tally.count(Verdict.CONFORMANT) == tally.results() ? 0 : 1);
    }
}
