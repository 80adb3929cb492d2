package org.tradecert.codelist;

import org.tradecert.api.Location;

/**
 * One code written in a document, with the code list it must belong to and where it stands.
 *
 * @param list     the model code list id, e.g. {@code UNLOCODE} or {@code ISO4217}
 * @param property the name of the element or attribute that holds it, for the message
 */
public record CodeOccurrence(String list, String code, String property, Location location) {
}
