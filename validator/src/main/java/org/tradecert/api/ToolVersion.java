package org.tradecert.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of tradecert, which the build writes into {@code org/tradecert/api/version.properties}. */
public final class ToolVersion {

    public static final String NAME = "tradecert";

    private static final String VERSION = read();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/tradecert/api/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
