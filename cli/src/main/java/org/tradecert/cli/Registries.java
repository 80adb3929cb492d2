package org.tradecert.cli;

import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.RegistryException;
import org.tradecert.registry.RegistryLoader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and reads the network registry a command works with. */
public final class Registries {

    public static final String FILE = "network.json";

    private Registries() {
    }

    /**
     * The registry given with {@code --registry}, else the first {@code network.json} in the
     * start folder or one of its parents (a sandbox keeps it at its top).
     */
    public static Path locate(Cli cli, Path given, Path start) {
        if (given != null) {
            if (Files.isDirectory(given)) {
                throw new CliException(ExitCode.CONFIGURATION, cli.text("registry.isDirectory", given));
            }
            if (!Files.isRegularFile(given)) {
                throw new CliException(ExitCode.CONFIGURATION, cli.text("registry.missing", given));
            }
            return given;
        }
        Path dir = start == null ? null : start.toAbsolutePath().normalize();
        while (dir != null) {
            Path candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new CliException(ExitCode.CONFIGURATION, cli.text("registry.notFound", start));
    }

    public static NetworkRegistry load(Cli cli, Path file) {
        try {
            return new RegistryLoader().load(file);
        } catch (RegistryException e) {
            StringBuilder message = new StringBuilder(cli.text("registry.invalid", file));
            e.problems().forEach(problem -> message.append("\n  ").append(problem));
            throw new CliException(ExitCode.CONFIGURATION, message.toString(), e);
        }
    }

    /** The registry stored with a ledger, or {@code --registry} when given. */
    public static NetworkRegistry forLedger(Cli cli, Path given, byte[] stored, String label) {
        if (given != null) {
            return load(cli, locate(cli, given, null));
        }
        if (stored == null) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("registry.notWithLedger", label));
        }
        try {
            return new RegistryLoader().load(label + "/" + FILE, stored);
        } catch (RegistryException e) {
            StringBuilder message = new StringBuilder(cli.text("registry.invalid", label + "/" + FILE));
            e.problems().forEach(problem -> message.append("\n  ").append(problem));
            throw new CliException(ExitCode.CONFIGURATION, message.toString(), e);
        }
    }
}
