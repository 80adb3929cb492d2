package org.tradecert.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command takes a key password from: a file or an environment variable, never the
 * command line, where other users of the machine could read it from the process list.
 */
public final class Passwords {

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    private Path file;

    @Option(names = "--password-env", paramLabel = "VARIABLE", descriptionKey = "option.passwordEnv")
    private String variable;

    /** The password, or null when none was given. */
    public char[] password(Cli cli) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.strip().toCharArray();
            } catch (IOException e) {
                throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotRead", file, Inputs.reason(e)), e);
            }
        }
        if (variable != null) {
            String value = System.getenv(variable);
            if (value == null) {
                throw new CliException(ExitCode.USAGE, cli.text("password.noVariable", variable));
            }
            return value.toCharArray();
        }
        return null;
    }
}
