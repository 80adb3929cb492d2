package org.tradecert.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Passes SAX events on while keeping the XPath of the current element, so an error raised by
 * a downstream validator can say where in the document it happened. It also counts elements
 * and watches the document's deadline, stopping the parse when either is passed, and notes
 * processing instructions, which tradecert never applies.
 */
public final class PathTracker implements ContentHandler {

    /** How often, in elements, the deadline is looked at; reading the clock for every element would cost more than it saves. */
    private static final int DEADLINE_STRIDE = 256;

    private final ContentHandler next;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final int maxElements;
    private final long deadlineNanos;
    private int elements;
    private final java.util.List<String> processingInstructions = new java.util.ArrayList<>();

    private static final class Frame {
        final String step;
        final Map<String, Integer> childCounts = new HashMap<>();

        Frame(String step) {
            this.step = step;
        }
    }

    public PathTracker(ContentHandler next) {
        this(next, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * @param maxElements   most elements the document may have
     * @param deadlineNanos the {@link System#nanoTime()} after which parsing stops, or {@code Long.MAX_VALUE}
     */
    public PathTracker(ContentHandler next, int maxElements, long deadlineNanos) {
        this.next = next;
        this.maxElements = maxElements;
        this.deadlineNanos = deadlineNanos;
        stack.push(new Frame(""));
    }

    /** The targets of the processing instructions met, in document order. */
    public java.util.List<String> processingInstructions() {
        return processingInstructions;
    }

    /** The XPath of the element being processed; a position is written from the second same-named sibling on. */
    public String currentPath() {
        StringBuilder path = new StringBuilder();
        var iterator = stack.descendingIterator();
        while (iterator.hasNext()) {
            path.append(iterator.next().step);
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        elements++;
        if (elements > maxElements) {
            throw new XmlLimitException(XmlLimitException.Limit.ELEMENTS, Integer.toString(maxElements));
        }
        if (elements % DEADLINE_STRIDE == 0 && deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            throw new XmlLimitException(XmlLimitException.Limit.DEADLINE, currentPath());
        }
        Frame parent = stack.peek();
        String key = "{" + uri + "}" + localName;
        int position = parent.childCounts.merge(key, 1, Integer::sum);
        stack.push(new Frame("/" + qName + (position > 1 ? "[" + position + "]" : "")));
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
        stack.pop();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        next.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        processingInstructions.add(target);
        next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
