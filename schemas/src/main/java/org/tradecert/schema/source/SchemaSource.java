package org.tradecert.schema.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A tree of schema files addressed by paths relative to the schema root, as laid out in the
 * schemas jar ({@code common/1.0.0/xsd/common-aggregates.xsd}). Implementations read a
 * directory, a jar, the classpath or files generated in memory; none of them opens a network
 * connection, and paths that leave the root are rejected.
 */
public interface SchemaSource {

    /** What the source is, for messages: a path, a jar or "the bundled schemas". */
    String describe();

    /** The bytes of one file, or empty when the source has no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /** Every file path of the source; empty when the source cannot be listed (the classpath). */
    List<String> list() throws IOException;

    /** Rejects absolute paths, URLs and paths that climb above the root. */
    static String normalise(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains(":") || path.contains("\\")) {
            throw new IllegalArgumentException("'" + path + "' is not a path inside the schema tree");
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException("'" + path + "' leaves the schema tree");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Resolves a relative reference such as {@code ../../../common/1.0.0/xsd/x.xsd} against the file that holds it. */
    static String resolve(String basePath, String relative) {
        int slash = basePath.lastIndexOf('/');
        String directory = slash < 0 ? "" : basePath.substring(0, slash + 1);
        return normalise(directory + relative);
    }
}
