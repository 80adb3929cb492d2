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

    /** Reads all of standard input, for a FILE argument given as {@code -}. */
    public static byte[] readStandardInput(Cli cli) {
        try {
            byte[] bytes = System.in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.tooLarge", "-", bytes.length, MAX_FILE_BYTES));
            }
            return bytes;
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotRead", "-", Inputs.reason(e)), e);
        }
    }

    /** An I/O failure in words: the exception's message, or its kind when the message is only a path. */
    public static String reason(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fileSystem) {
            return fileSystem.getReason() != null ? fileSystem.getReason() : name;
        }
        return message == null ? name : message;
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
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotRead", file, reason(e)), e);
        }
    }
}
