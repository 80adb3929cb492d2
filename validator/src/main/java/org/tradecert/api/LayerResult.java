package org.tradecert.api;

/**
 * The status of one layer for one document, and how long it took.
 *
 * @param detail for {@code ERROR}, what went wrong inside the layer; for {@code SKIPPED}, the layer that stopped it; else null
 */
public record LayerResult(Layer layer, LayerStatus status, long durationNanos, String detail) {
}
