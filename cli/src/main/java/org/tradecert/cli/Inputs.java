package org.tradecert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files for the commands, turning I/O failures into messages with exit code 4. */
public final class Inputs {

    /** Largest single file a command reads into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    public static byte[] read(Cli cli, Path file) {
        try {
            if (!Files.exists(file)) {
                throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.notFound", file));
            }
            if (!Files.isRegularFile(file)) {
                throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.notRegular", file));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.tooLarge", file, size, MAX_FILE_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.notFound", file), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotRead", file, e.getMessage()), e);
        }
    }
}
