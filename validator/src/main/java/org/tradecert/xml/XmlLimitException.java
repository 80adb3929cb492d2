package org.tradecert.xml;

import org.xml.sax.SAXException;

/** Raised from inside parsing when a document passes one of tradecert's own limits, so the limit can be named precisely. */
public final class XmlLimitException extends SAXException {

    /** Which limit was passed. */
    public enum Limit { ELEMENTS, DEADLINE }

    private final Limit limit;

    public XmlLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
