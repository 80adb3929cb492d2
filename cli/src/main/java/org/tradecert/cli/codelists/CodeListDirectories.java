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
