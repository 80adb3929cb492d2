package org.tradecert.xml;

/** A line and column in a source file, both counted from 1. */
public record SourcePosition(int line, int column) {
}
