package org.tradecert.document;

import org.tradecert.api.Location;

/** One way a document breaks its XML Schema or JSON Schema, as the schema validator words it. */
public record SchemaViolation(String message, Location location) {
}
