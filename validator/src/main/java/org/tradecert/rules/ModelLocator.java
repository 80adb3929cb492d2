package org.tradecert.rules;

import org.tradecert.api.Location;

/**
 * Finds where an object of the bound Java model was written in the source document, so a
 * document rule reports an XPath with line and column for XML and a JSON Pointer for JSON
 * without knowing which of the two it reads.
 */
public interface ModelLocator {

    /**
     * The location of {@code node}, or of its property {@code property} (an XML element or
     * attribute name such as {@code InsuranceChargeAmount} or {@code currencyID}) when that is
     * present; the location of {@code node} itself when the property is absent or null.
     */
    Location locate(Object node, String property);
}
