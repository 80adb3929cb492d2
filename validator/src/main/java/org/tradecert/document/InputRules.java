package org.tradecert.document;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * The checks of layer 1, input safety: the input can be read, is of bounded size, is UTF-8, and
 * parses under the hardened parsers within their limits. Each item of the hostile-input
 * checklist (ledger-security.md section 3.6) that concerns a document lands on one of these.
 */
public final class InputRules {

    private static final String CHECKLIST = "tradecert hostile-input checklist (ledger-security.md 3.6) ";

    public static final RuleDefinition READ = RuleDefinition.of("INPUT-READ", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition NOT_FOUND = RuleDefinition.of("INPUT-NOT-FOUND", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition NOT_REGULAR = RuleDefinition.of("INPUT-NOT-REGULAR", Layer.INPUT, Severity.FATAL, CHECKLIST + "C3");
    public static final RuleDefinition TOO_LARGE = RuleDefinition.of("INPUT-TOO-LARGE", Layer.INPUT, Severity.FATAL, CHECKLIST + "X11, J7");
    public static final RuleDefinition EMPTY = RuleDefinition.of("INPUT-EMPTY", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition BINARY = RuleDefinition.of("INPUT-BINARY", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition NOT_XML_OR_JSON = RuleDefinition.of("INPUT-NOT-XML-OR-JSON", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition ENCODING = RuleDefinition.of("INPUT-ENCODING", Layer.INPUT, Severity.FATAL, CHECKLIST + "X12, J6; RFC 3629");
    public static final RuleDefinition DECLARED_ENCODING = RuleDefinition.of("INPUT-DECLARED-ENCODING", Layer.INPUT, Severity.FATAL, CHECKLIST + "X12; XML 1.0 section 4.3.3");
    public static final RuleDefinition TIMEOUT = RuleDefinition.of("INPUT-TIMEOUT", Layer.INPUT, Severity.FATAL, CHECKLIST + "C5, J10");

    public static final RuleDefinition XML_DTD = RuleDefinition.of("INPUT-XML-DTD", Layer.INPUT, Severity.FATAL, CHECKLIST + "X1-X4; OWASP XXE prevention");
    public static final RuleDefinition XML_MALFORMED = RuleDefinition.of("INPUT-XML-MALFORMED", Layer.INPUT, Severity.FATAL, "XML 1.0 (Fifth Edition), Namespaces in XML 1.0");
    public static final RuleDefinition XML_DEPTH = RuleDefinition.of("INPUT-XML-DEPTH", Layer.INPUT, Severity.FATAL, CHECKLIST + "X9");
    public static final RuleDefinition XML_ELEMENTS = RuleDefinition.of("INPUT-XML-ELEMENTS", Layer.INPUT, Severity.FATAL, CHECKLIST + "X9, X10");
    public static final RuleDefinition XML_ATTRIBUTES = RuleDefinition.of("INPUT-XML-ATTRIBUTES", Layer.INPUT, Severity.FATAL, CHECKLIST + "X10, X13");
    public static final RuleDefinition XML_NAME = RuleDefinition.of("INPUT-XML-NAME", Layer.INPUT, Severity.FATAL, CHECKLIST + "X10");
    public static final RuleDefinition XML_SCHEMA_HINT = RuleDefinition.of("INPUT-XML-SCHEMA-HINT", Layer.INPUT, Severity.WARNING, CHECKLIST + "X5");
    public static final RuleDefinition XML_PROCESSING_INSTRUCTION = RuleDefinition.of("INPUT-XML-PI", Layer.INPUT, Severity.INFO, CHECKLIST + "X8");

    public static final RuleDefinition JSON_MALFORMED = RuleDefinition.of("INPUT-JSON-MALFORMED", Layer.INPUT, Severity.FATAL, CHECKLIST + "J5; RFC 8259");
    public static final RuleDefinition JSON_DEPTH = RuleDefinition.of("INPUT-JSON-DEPTH", Layer.INPUT, Severity.FATAL, CHECKLIST + "J1");
    public static final RuleDefinition JSON_NUMBER_LENGTH = RuleDefinition.of("INPUT-JSON-NUMBER-LENGTH", Layer.INPUT, Severity.FATAL, CHECKLIST + "J2");
    public static final RuleDefinition JSON_NUMBER_RANGE = RuleDefinition.of("INPUT-JSON-NUMBER-RANGE", Layer.INPUT, Severity.FATAL, CHECKLIST + "J3");
    public static final RuleDefinition JSON_DUPLICATE_KEY = RuleDefinition.of("INPUT-JSON-DUPLICATE-KEY", Layer.INPUT, Severity.FATAL, CHECKLIST + "J4; RFC 7493 section 2.3");
    public static final RuleDefinition JSON_STRING_LENGTH = RuleDefinition.of("INPUT-JSON-STRING-LENGTH", Layer.INPUT, Severity.FATAL, CHECKLIST + "J7");
    public static final RuleDefinition JSON_UNICODE = RuleDefinition.of("INPUT-JSON-UNICODE", Layer.INPUT, Severity.FATAL, CHECKLIST + "J6; RFC 7493 section 2.1");
    public static final RuleDefinition JSON_VALUES = RuleDefinition.of("INPUT-JSON-VALUES", Layer.INPUT, Severity.FATAL, CHECKLIST + "J12");

    private InputRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(READ, NOT_FOUND, NOT_REGULAR, TOO_LARGE, EMPTY, BINARY, NOT_XML_OR_JSON, ENCODING, DECLARED_ENCODING, TIMEOUT,
                XML_DTD, XML_MALFORMED, XML_DEPTH, XML_ELEMENTS, XML_ATTRIBUTES, XML_NAME, XML_SCHEMA_HINT, XML_PROCESSING_INSTRUCTION,
                JSON_MALFORMED, JSON_DEPTH, JSON_NUMBER_LENGTH, JSON_NUMBER_RANGE, JSON_DUPLICATE_KEY, JSON_STRING_LENGTH,
                JSON_UNICODE, JSON_VALUES);
    }
}
