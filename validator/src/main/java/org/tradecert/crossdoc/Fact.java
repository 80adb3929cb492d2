package org.tradecert.crossdoc;

/**
 * One value taken from a document for the cross-document checks, small enough that a ledger's
 * worth of them can be kept: the value as written, its qualifier (unit, currency or scheme),
 * and where it stands in its document (an XPath or a JSON Pointer, and a line for XML).
 *
 * @param qualifier the unit code, currency code or identifier scheme, or null
 * @param path      the XPath or JSON Pointer of the value in its document, or null
 * @param line      the line in an XML document, or 0
 * @param key       what ties the value to others in the same document, for example the invoice line id or the container number; or null
 */
public record Fact(String value, String qualifier, String path, int line, String key) {

    public static Fact of(String value) {
        return new Fact(value, null, null, 0, null);
    }
}
