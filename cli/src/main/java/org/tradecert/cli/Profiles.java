package org.tradecert.cli;

import org.tradecert.crossdoc.CrossDocumentProfile;
import org.tradecert.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the cross-document profile (a network's tolerances) given with {@code --profile}. */
public final class Profiles {

    private Profiles() {
    }

    /** Returns the profile in {@code file}, or the defaults when no file is given; a bad file is a configuration error listing every problem. */
    public static CrossDocumentProfile read(Cli cli, Path file) {
        if (file == null) {
            return CrossDocumentProfile.defaults();
        }
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("profile.isDirectory", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("profile.missing", file));
        }

        try {
            return CrossDocumentProfile.read(file);
        } catch (CrossDocumentProfile.ProfileException e) {
            StringBuilder message = new StringBuilder(cli.text("profile.invalid", file));
            for (String problem : e.problems()) {
                String[] parts = problem.split("\\|", -1);
                message.append(System.lineSeparator()).append("  ")
                        .append(Messages.get(cli.locale(), parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length)));
            }
            throw new CliException(ExitCode.CONFIGURATION, message.toString(), e);
        }
    }
}
