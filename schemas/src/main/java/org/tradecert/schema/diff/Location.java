package org.tradecert.schema.diff;

import java.util.List;

/**
 * Where a change sits in one syntax: the schema file and line, the path of the declaration
 * inside it (an XPath into the XML Schema, a JSON Pointer into the JSON Schema), and example
 * paths of the affected member in documents (XPath or JSON Pointer) with their total count.
 */
public record Location(Syntax syntax, String file, int line, String declaration, List<String> documentPaths, int documentPathCount) {

    public Location withDocumentPaths(List<String> paths, int count) {
        return new Location(syntax, file, line, declaration, List.copyOf(paths), count);
    }
}
