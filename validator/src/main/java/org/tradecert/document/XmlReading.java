package org.tradecert.document;

import org.tradecert.xml.LocatedDomBuilder;
import org.tradecert.xml.PathTracker;
import org.tradecert.xml.SafeXml;
import org.tradecert.xml.XmlLimitException;
import org.w3c.dom.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses an XML document in one pass under the hardened parser, validating it against an XML
 * Schema on the way when one is given, and builds a DOM whose elements know their line and
 * column. Schema errors carry the XPath of the element they concern.
 */
public final class XmlReading {

    /** Schema errors beyond this number are not collected; the document is invalid anyway. */
    public static final int MAX_ERRORS = 100;

    private static final SAXParserFactory FACTORY = SafeXml.saxParserFactory();
    private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

    /** One problem the parser or the schema validator reported. */
    public record Problem(String message, int line, int column, String xpath) {
    }

    /**
     * @param document     the parsed document, or null when it is not well-formed
     * @param schemaErrors the XML Schema violations, empty when valid or not validated
     * @param fatal        the well-formedness or limit error that stopped parsing, or null
     */
    public record Result(Document document, List<Problem> schemaErrors, Problem fatal, DocumentReader.ProblemKind fatalKind,
                         List<String> processingInstructions) {
        public boolean wellFormed() {
            return fatal == null;
        }
    }

    private XmlReading() {
    }

    public static Result read(byte[] bytes, String systemId, Schema schema, Locale locale) {
        return read(bytes, systemId, schema, locale, Long.MAX_VALUE);
    }

    /** @param deadlineNanos the {@link System#nanoTime()} after which parsing stops, or {@code Long.MAX_VALUE} */
    public static Result read(byte[] bytes, String systemId, Schema schema, Locale locale, long deadlineNanos) {
        List<Problem> schemaErrors = new ArrayList<>();
        Problem[] fatal = new Problem[1];
        DocumentReader.ProblemKind[] kind = new DocumentReader.ProblemKind[1];
        LocatedDomBuilder dom = new LocatedDomBuilder();
        PathTracker[] tracker = new PathTracker[1];

        ContentHandler sink = dom;
        if (schema != null) {
            ValidatorHandler validator = schema.newValidatorHandler();
            try {
                validator.setProperty(LOCALE_PROPERTY, locale);
            } catch (SAXException e) {
                // Messages then stay in the JDK's default language; the finding text around them is still localised.
            }
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    if (schemaErrors.size() < MAX_ERRORS) {
                        schemaErrors.add(new Problem(e.getMessage(), e.getLineNumber(), e.getColumnNumber(), tracker[0].currentPath()));
                    }
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.setContentHandler(dom);
            sink = validator;
        }
        tracker[0] = new PathTracker(sink, SafeXml.MAX_ELEMENTS, deadlineNanos);

        try {
            SAXParser parser = FACTORY.newSAXParser();
            SafeXml.limit(parser::setProperty);
            try {
                parser.setProperty(LOCALE_PROPERTY, locale);
            } catch (SAXException e) {
                // As above: the parser's own message stays in the default language.
            }
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(tracker[0]);
            reader.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            source.setSystemId(systemId);
            reader.parse(source);
        } catch (XmlLimitException e) {
            fatal[0] = new Problem(e.getMessage(), dom.line(), dom.column(), tracker[0].currentPath());
            kind[0] = e.limit() == XmlLimitException.Limit.ELEMENTS ? DocumentReader.ProblemKind.XML_ELEMENTS : DocumentReader.ProblemKind.TIMEOUT;
        } catch (SAXParseException e) {
            fatal[0] = new Problem(e.getMessage(), e.getLineNumber(), e.getColumnNumber(), tracker[0].currentPath());
            kind[0] = kindOf(e);
        } catch (SAXException e) {
            fatal[0] = new Problem(e.getMessage(), -1, -1, tracker[0].currentPath());
            kind[0] = DocumentReader.ProblemKind.XML_MALFORMED;
        } catch (IOException e) {
            fatal[0] = new Problem(e.getMessage(), -1, -1, null);
            kind[0] = DocumentReader.ProblemKind.XML_MALFORMED;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured", e);
        }
        return new Result(fatal[0] == null ? dom.document() : null, List.copyOf(schemaErrors), fatal[0], kind[0],
                List.copyOf(tracker[0].processingInstructions()));
    }

    /**
     * The JDK parser marks its limit errors with stable codes (JAXP00010002 and so on) in every
     * language, so the code, not the wording, tells which limit was passed.
     */
    private static DocumentReader.ProblemKind kindOf(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("JAXP00010006") || message.startsWith("JAXP00010008")) {
            return DocumentReader.ProblemKind.XML_DEPTH;
        }
        if (message.startsWith("JAXP00010002")) {
            return DocumentReader.ProblemKind.XML_ATTRIBUTES;
        }
        if (message.startsWith("JAXP00010005")) {
            return DocumentReader.ProblemKind.XML_NAME;
        }
        if (message.startsWith("JAXP0001")) {
            return DocumentReader.ProblemKind.XML_DTD;
        }
        if (message.contains("disallow-doctype-decl")) {
            return DocumentReader.ProblemKind.XML_DTD;
        }
        Throwable cause = e.getException();
        if (cause != null && cause.getClass().getSimpleName().equals("MalformedByteSequenceException")) {
            return DocumentReader.ProblemKind.ENCODING;
        }
        return DocumentReader.ProblemKind.XML_MALFORMED;
    }
}
