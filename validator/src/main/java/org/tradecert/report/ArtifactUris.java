package org.tradecert.report;

import java.io.File;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file name as the run was given it into a URI reference for SARIF's
 * {@code artifactLocation.uri}: a relative name stays relative (CI services resolve it against
 * the checkout), an absolute name becomes a {@code file:} URI, and every byte outside the
 * unreserved characters of RFC 3986 and {@code /} is percent-encoded. A ledger submission's
 * name such as {@code ledger/blocks/000001.block.json#0} therefore keeps its {@code #} as
 * {@code %23} instead of turning into a fragment.
 */
final class ArtifactUris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArtifactUris() {
    }

    static String of(String file) {
        String path = File.separatorChar == '\\' ? file.replace('\\', '/') : file;
        boolean drive = path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':' && path.charAt(2) == '/';
        if (drive) {
            return "file:///" + path.substring(0, 2) + encode(path.substring(2));
        }
        if (path.startsWith("/")) {
            return "file://" + encode(path);
        }
        return encode(path);
    }

    private static String encode(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c) || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return uri.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
