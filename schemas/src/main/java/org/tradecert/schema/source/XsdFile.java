package org.tradecert.schema.source;

import org.w3c.dom.Document;

/** One XML Schema file of a release, parsed with line numbers. */
public record XsdFile(String path, Document document) {

    public String targetNamespace() {
        return document.getDocumentElement().getAttribute("targetNamespace");
    }
}
