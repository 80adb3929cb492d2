package org.tradecert.document;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * The checks of layer 1, input safety: the input can be read, is of bounded size, is UTF-8, and
 * parses under the hardened parsers within their limits. Hostile documents (entity bombs,
 * external entities, deep nesting, huge numbers, duplicate keys) each land on one of these.
 */
public final class InputRules {

    public static final RuleDefinition READ = RuleDefinition.of("INPUT-READ", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition NOT_FOUND = RuleDefinition.of("INPUT-NOT-FOUND", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition NOT_REGULAR = RuleDefinition.of("INPUT-NOT-REGULAR", Layer.INPUT, Severity.FATAL, "CWE-400 (uncontrolled resource consumption); CWE-61 (symbolic link following)");
    public static final RuleDefinition TOO_LARGE = RuleDefinition.of("INPUT-TOO-LARGE", Layer.INPUT, Severity.FATAL, "CWE-400 (uncontrolled resource consumption)");
    public static final RuleDefinition EMPTY = RuleDefinition.of("INPUT-EMPTY", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition BINARY = RuleDefinition.of("INPUT-BINARY", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition NOT_XML_OR_JSON = RuleDefinition.of("INPUT-NOT-XML-OR-JSON", Layer.INPUT, Severity.FATAL, "tradecert input handling");
    public static final RuleDefinition ENCODING = RuleDefinition.of("INPUT-ENCODING", Layer.INPUT, Severity.FATAL, "RFC 3629 (UTF-8); XML 1.0 section 4.3.3");
    public static final RuleDefinition DECLARED_ENCODING = RuleDefinition.of("INPUT-DECLARED-ENCODING", Layer.INPUT, Severity.FATAL, "XML 1.0 (Fifth Edition) section 4.3.3");
    public static final RuleDefinition TIMEOUT = RuleDefinition.of("INPUT-TIMEOUT", Layer.INPUT, Severity.FATAL, "CWE-400 (uncontrolled resource consumption); CWE-1333 (inefficient regular expression)");

    public static final RuleDefinition XML_DTD = RuleDefinition.of("INPUT-XML-DTD", Layer.INPUT, Severity.FATAL, "CWE-611 (XXE), CWE-776 (entity expansion); OWASP XML External Entity Prevention Cheat Sheet");
    public static final RuleDefinition XML_MALFORMED = RuleDefinition.of("INPUT-XML-MALFORMED", Layer.INPUT, Severity.FATAL, "XML 1.0 (Fifth Edition), Namespaces in XML 1.0");
    public static final RuleDefinition XML_DEPTH = RuleDefinition.of("INPUT-XML-DEPTH", Layer.INPUT, Severity.FATAL, "CWE-674 (uncontrolled recursion); JDK jdk.xml.maxElementDepth");
    public static final RuleDefinition XML_ELEMENTS = RuleDefinition.of("INPUT-XML-ELEMENTS", Layer.INPUT, Severity.FATAL, "CWE-400 (uncontrolled resource consumption)");
    public static final RuleDefinition XML_ATTRIBUTES = RuleDefinition.of("INPUT-XML-ATTRIBUTES", Layer.INPUT, Severity.FATAL, "CVE-2012-0881 (Xerces hash collisions); JDK jdk.xml.elementAttributeLimit");
    public static final RuleDefinition XML_NAME = RuleDefinition.of("INPUT-XML-NAME", Layer.INPUT, Severity.FATAL, "JDK jdk.xml.maxXMLNameLimit");
    public static final RuleDefinition XML_SCHEMA_HINT = RuleDefinition.of("INPUT-XML-SCHEMA-HINT", Layer.INPUT, Severity.WARNING, "XML Schema 1.0 Part 1 section 4.3.2 (schemaLocation is a hint); CWE-918 (server-side request forgery)");
    public static final RuleDefinition XML_PROCESSING_INSTRUCTION = RuleDefinition.of("INPUT-XML-PI", Layer.INPUT, Severity.INFO, "W3C Associating Style Sheets with XML documents 1.0");

    public static final RuleDefinition JSON_MALFORMED = RuleDefinition.of("INPUT-JSON-MALFORMED", Layer.INPUT, Severity.FATAL, "RFC 8259");
    public static final RuleDefinition JSON_DEPTH = RuleDefinition.of("INPUT-JSON-DEPTH", Layer.INPUT, Severity.FATAL, "CVE-2020-36518 class (deep nesting); CWE-674");
    public static final RuleDefinition JSON_NUMBER_LENGTH = RuleDefinition.of("INPUT-JSON-NUMBER-LENGTH", Layer.INPUT, Severity.FATAL, "CVE-2018-18853 class (number parsing cost); CWE-400");
    public static final RuleDefinition JSON_NUMBER_RANGE = RuleDefinition.of("INPUT-JSON-NUMBER-RANGE", Layer.INPUT, Severity.FATAL, "CWE-400; BigDecimal expansion of large exponents");
    public static final RuleDefinition JSON_DUPLICATE_KEY = RuleDefinition.of("INPUT-JSON-DUPLICATE-KEY", Layer.INPUT, Severity.FATAL, "RFC 7493 (I-JSON) section 2.3; RFC 8259 section 4");
    public static final RuleDefinition JSON_STRING_LENGTH = RuleDefinition.of("INPUT-JSON-STRING-LENGTH", Layer.INPUT, Severity.FATAL, "CWE-400 (uncontrolled resource consumption)");
    public static final RuleDefinition JSON_UNICODE = RuleDefinition.of("INPUT-JSON-UNICODE", Layer.INPUT, Severity.FATAL, "RFC 7493 (I-JSON) section 2.1");
    public static final RuleDefinition JSON_VALUES = RuleDefinition.of("INPUT-JSON-VALUES", Layer.INPUT, Severity.FATAL, "CWE-400 (uncontrolled resource consumption)");

    private InputRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(READ, NOT_FOUND, NOT_REGULAR, TOO_LARGE, EMPTY, BINARY, NOT_XML_OR_JSON, ENCODING, DECLARED_ENCODING, TIMEOUT,
                XML_DTD, XML_MALFORMED, XML_DEPTH, XML_ELEMENTS, XML_ATTRIBUTES, XML_NAME, XML_SCHEMA_HINT, XML_PROCESSING_INSTRUCTION,
                JSON_MALFORMED, JSON_DEPTH, JSON_NUMBER_LENGTH, JSON_NUMBER_RANGE, JSON_DUPLICATE_KEY, JSON_STRING_LENGTH,
                JSON_UNICODE, JSON_VALUES);
    }
}
