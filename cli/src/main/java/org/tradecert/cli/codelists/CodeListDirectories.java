package org.tradecert.cli.codelists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where imported code-list packs live: {@code $TRADECERT_HOME/codelists}, by default
 * {@code ~/.tradecert/codelists}, plus any directory given with {@code --codelists}.
 */
public final class CodeListDirectories {

    private CodeListDirectories() {
    }

    public static Path home() {
        String home = System.getenv("TRADECERT_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".tradecert");
    }

    public static Path defaultDirectory() {
        return home().resolve("codelists");
    }

    /**
     * The registry of the built-in packs and the imported ones, failing with a message when the
     * directory given with --codelists does not exist or a pack in it cannot be read.
     */
    public static org.tradecert.codelist.CodeListRegistry registry(org.tradecert.cli.Cli cli, Path extra) {
        if (extra != null && !java.nio.file.Files.isDirectory(extra)) {
            throw new org.tradecert.cli.CliException(org.tradecert.cli.ExitCode.CONFIGURATION, cli.text("codelists.noDirectory", extra));
        }
        try {
            return org.tradecert.codelist.CodeListRegistry.withImports(search(extra));
        } catch (java.io.UncheckedIOException e) {
            throw new org.tradecert.cli.CliException(org.tradecert.cli.ExitCode.CONFIGURATION, cli.text("codelists.unreadable", e.getMessage()), e);
        }
    }

    /** The default directory first, then the given one, so packs given on the command line win. */
    public static List<Path> search(Path extra) {
        List<Path> directories = new ArrayList<>();
        directories.add(defaultDirectory());
        if (extra != null) {
            directories.add(extra);
        }
        return directories;
    }
}
