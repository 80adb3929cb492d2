package org.tradecert.schema.diff;

/**
 * Notes on a change beyond its class: {@code SEMANTIC} keeps validity but changes meaning,
 * {@code REUSE} affects schema importers and code generators but no document, and
 * {@code SHAPE} flips the JSON shape of a value (a single value becomes an array).
 */
public enum Modifier {
    SEMANTIC, REUSE, SHAPE
}
