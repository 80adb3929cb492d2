package org.tradecert.api;

/**
 * One compared value behind a finding: what it is, its value, and where it was read, so an
 * officer sees why a check failed without opening the documents.
 *
 * @param label       what the value is, as a message key argument or a field name (e.g. {@code grossWeight})
 * @param value       the value as written, with its unit or currency
 * @param documentType the type of the document it came from, or null
 * @param documentId   the document number, or null
 */
public record Evidence(String label, String value, String documentType, String documentId, Location location) {
}
