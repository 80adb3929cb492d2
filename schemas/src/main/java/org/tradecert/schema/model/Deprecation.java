package org.tradecert.schema.model;

import java.time.LocalDate;

/**
 * A deprecation marker: the release that deprecated a component, the date after which the next
 * major release may remove it, and what to use instead.
 */
public record Deprecation(String since, LocalDate sunset, String replacement) {
}
