package org.tradecert.cli;

import org.tradecert.api.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** Gives picocli the tool version the build recorded. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        return ToolVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tradecert " + version()};
    }
}
