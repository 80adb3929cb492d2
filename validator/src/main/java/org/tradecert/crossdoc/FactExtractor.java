package org.tradecert.crossdoc;

/**
 * Takes the facts of one document type from its bound model. One extractor per type; the
 * cross-document rules read only facts, so they work the same on XML, JSON and CII invoices.
 *
 * @param <T> the JAXB type of the document root
 */
public interface FactExtractor<T> {

    Class<T> documentClass();

    void extract(T document, FactsBuilder facts);
}
