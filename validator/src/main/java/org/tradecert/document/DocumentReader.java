package org.tradecert.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import jakarta.xml.bind.JAXBException;
import org.tradecert.api.Location;
import org.tradecert.binding.ConversionException;
import org.tradecert.binding.DocumentCodec;
import org.tradecert.binding.ModelBinder;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.schema.catalog.SchemaRelease;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.validation.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one document: tells XML from JSON, parses it under the hardened parsers, finds its
 * schema release, validates it against the XML Schema or JSON Schema, and binds a valid
 * document to the Java model. Each step stops the next when it fails, and the result says
 * which step failed.
 */
public final class DocumentReader {

    private final SchemaCatalog catalog;
    private final TypeResolution types;
    private final XmlSchemas xmlSchemas;
    private final JsonSchemas jsonSchemas;
    private volatile ModelBinder binder;

    public DocumentReader(SchemaCatalog catalog) {
        this.catalog = catalog;
        this.types = new TypeResolution(catalog);
        this.xmlSchemas = new XmlSchemas(catalog);
        this.jsonSchemas = new JsonSchemas();
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    /** Why a document could not be read or typed; each kind is one rule of layer 1 or 5. */
    public enum ProblemKind {
        EMPTY(InputRules.EMPTY),
        BINARY(InputRules.BINARY),
        NOT_XML_OR_JSON(InputRules.NOT_XML_OR_JSON),
        ENCODING(InputRules.ENCODING),
        DECLARED_ENCODING(InputRules.DECLARED_ENCODING),
        XML_DTD(InputRules.XML_DTD),
        XML_DEPTH(InputRules.XML_DEPTH),
        XML_ELEMENTS(InputRules.XML_ELEMENTS),
        XML_ATTRIBUTES(InputRules.XML_ATTRIBUTES),
        XML_NAME(InputRules.XML_NAME),
        XML_MALFORMED(InputRules.XML_MALFORMED),
        JSON_MALFORMED(InputRules.JSON_MALFORMED),
        JSON_DEPTH(InputRules.JSON_DEPTH),
        JSON_NUMBER_LENGTH(InputRules.JSON_NUMBER_LENGTH),
        JSON_NUMBER_RANGE(InputRules.JSON_NUMBER_RANGE),
        JSON_DUPLICATE_KEY(InputRules.JSON_DUPLICATE_KEY),
        JSON_STRING_LENGTH(InputRules.JSON_STRING_LENGTH),
        JSON_UNICODE(InputRules.JSON_UNICODE),
        JSON_VALUES(InputRules.JSON_VALUES),
        TIMEOUT(InputRules.TIMEOUT),
        TYPE_NOT_STATED(SchemaRules.TYPE_NOT_STATED),
        TYPE_UNKNOWN(SchemaRules.TYPE_UNKNOWN),
        TYPE_NOT_BUNDLED(SchemaRules.TYPE_UNKNOWN),
        TYPE_MISMATCH(SchemaRules.TYPE_MISMATCH);

        private final RuleDefinition rule;

        ProblemKind(RuleDefinition rule) {
            this.rule = rule;
        }

        public RuleDefinition rule() {
            return rule;
        }

        /** True when the document could not be parsed at all (layer 1), false when it parsed but its type is unclear (layer 5). */
        public boolean parsing() {
            return rule.layer() == org.tradecert.api.Layer.INPUT;
        }

        public String messageKey() {
            return rule.messageKey();
        }
    }

    /** A reading problem with its detail (the parser's words, or the value at fault) and place. */
    public record Problem(ProblemKind kind, String detail, Integer line, Integer column) {
    }

    /**
     * What reading produced. {@code problem} is set when reading stopped before schema validation.
     *
     * @param dom         the document as XML (for JSON, its converted twin), once parsed
     * @param json        the parsed JSON tree, for a JSON document
     * @param bound       the Java model, when the document is schema-valid and binding was asked for
     * @param schemaHints the {@code xsi:schemaLocation} or {@code xsi:noNamespaceSchemaLocation} values, which are never followed
     * @param processingInstructions the targets of processing instructions in an XML document, which are never applied
     */
    public record Result(DocumentSyntax syntax, SchemaRelease release, Problem problem, List<SchemaViolation> violations,
                         Document dom, JsonNode json, ModelBinder.Bound bound, String bindError,
                         List<String> schemaHints, List<String> processingInstructions) {

        public boolean schemaValid() {
            return problem == null && violations.isEmpty() && dom != null;
        }

        /** The parser's message when the document is not well-formed, else null. */
        public String parseError() {
            return problem != null && problem.kind().parsing() ? problem.detail() : null;
        }

        /** The detail when the document type could not be found, else null. */
        public String typeError() {
            return problem != null && !problem.kind().parsing() ? problem.detail() : null;
        }
    }

    /** Reads a document with no deadline. */
    public Result read(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        return read(bytes, name, forcedType, locale, bind, Long.MAX_VALUE);
    }

    /**
     * @param forcedType    {@code type} or {@code type@version} to validate against instead of what the document names
     *                      (from {@code --type} or the signed statement); the document may not name another type
     * @param deadlineNanos the {@link System#nanoTime()} after which XML parsing stops, or {@code Long.MAX_VALUE}
     */
    public Result read(byte[] bytes, String name, String forcedType, Locale locale, boolean bind, long deadlineNanos) {
        Problem screened = InputScreen.check(bytes);
        if (screened != null) {
            return problem(DocumentSyntax.sniff(bytes), screened);
        }
        return switch (DocumentSyntax.sniff(bytes)) {
            case XML -> readXml(bytes, name, forcedType, locale, bind, deadlineNanos);
            case JSON -> readJson(bytes, name, forcedType, locale, bind);
            default -> problem(DocumentSyntax.UNKNOWN, new Problem(ProblemKind.NOT_XML_OR_JSON, null, 1, 1));
        };
    }

    private static Result problem(DocumentSyntax syntax, Problem problem) {
        return new Result(syntax, null, problem, List.of(), null, null, null, null, List.of(), List.of());
    }

    /** The namespace URI and local name of the root element, read without building anything, or null when the start is not well-formed. */
    public static String[] rootName(byte[] bytes) {
        try {
            javax.xml.stream.XMLStreamReader reader = PEEK.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                        String namespace = reader.getNamespaceURI();
                        return new String[] {namespace == null ? "" : namespace, reader.getLocalName()};
                    }
                }
            } finally {
                reader.close();
            }
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static final javax.xml.stream.XMLInputFactory PEEK = org.tradecert.xml.SafeXml.inputFactory();

    private Result readXml(byte[] bytes, String name, String forcedType, Locale locale, boolean bind, long deadlineNanos) {
        String[] root = rootName(bytes);
        Optional<SchemaRelease> named = root == null ? Optional.empty() : types.ofXml(root[0], root[1]);
        Optional<SchemaRelease> release = forcedType != null ? types.byName(forcedType) : named;
        Problem typeProblem = null;
        if (release.isEmpty()) {
            typeProblem = forcedType != null ? new Problem(ProblemKind.TYPE_UNKNOWN, forcedType, null, null)
                    : root == null ? null
                    : root[0].isEmpty() ? new Problem(ProblemKind.TYPE_NOT_STATED, root[1], 1, 1)
                    : new Problem(ProblemKind.TYPE_NOT_BUNDLED, "{" + root[0] + "}" + root[1], 1, 1);
        } else if (forcedType != null && root != null && !root[0].isEmpty() && !named.map(r -> r.id().equals(release.get().id())).orElse(false)) {
            typeProblem = new Problem(ProblemKind.TYPE_MISMATCH, "{" + root[0] + "}" + root[1], 1, 1);
        }

        Schema schema = typeProblem == null && release.isPresent() ? xmlSchemas.schema(release.get()) : null;
        // The validators write English, which SchemaMessages rewrites in plain words of the reader's language.
        XmlReading.Result read = XmlReading.read(bytes, name, schema, Locale.ENGLISH, deadlineNanos);
        if (!read.wellFormed()) {
            return problem(DocumentSyntax.XML, new Problem(read.fatalKind(), read.fatal().message(), read.fatal().line(), read.fatal().column()));
        }
        List<String> hints = schemaHints(read.document().getDocumentElement());
        if (typeProblem != null) {
            return new Result(DocumentSyntax.XML, null, typeProblem, List.of(), read.document(), null, null, null, hints,
                    read.processingInstructions());
        }

        List<SchemaViolation> violations = new ArrayList<>();
        XmlReading.Problem previous = null;
        for (XmlReading.Problem problem : read.schemaErrors()) {
            boolean samePlace = previous != null && previous.line() == problem.line() && previous.column() == problem.column();
            if (!(samePlace && SchemaViolation.xsdConsequence(problem.message()))) {
                violations.add(new SchemaViolation(SchemaViolation.ofXsd(problem.message()), SchemaMessages.xsd(problem.message(), locale),
                        new Location(name, null, problem.xpath(), problem.line(), problem.column(), null)));
            }
            previous = problem;
        }
        Result result = bindIfValid(DocumentSyntax.XML, release.get(), read.document(), null, violations, bind);
        return new Result(result.syntax(), result.release(), result.problem(), result.violations(), result.dom(), result.json(),
                result.bound(), result.bindError(), hints, read.processingInstructions());
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Schema location hints anywhere in the document; tradecert reports and ignores them, so a document never chooses its own schema. */
    private static List<String> schemaHints(Element root) {
        List<String> hints = new ArrayList<>();
        org.w3c.dom.NodeList elements = root.getOwnerDocument().getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength() && hints.size() < 8; i++) {
            Element element = (Element) elements.item(i);
            for (String attribute : List.of("schemaLocation", "noNamespaceSchemaLocation")) {
                if (element.hasAttributeNS(XSI, attribute)) {
                    hints.add(element.getAttributeNS(XSI, attribute).trim());
                }
            }
        }
        return hints;
    }

    private Result readJson(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        JsonReading.Result parsed = JsonReading.read(bytes);
        if (!parsed.wellFormed()) {
            return problem(DocumentSyntax.JSON, new Problem(parsed.kind(), parsed.error(), parsed.line(), parsed.column()));
        }
        JsonNode json = parsed.tree();
        Optional<SchemaRelease> named = json.isObject() ? types.ofJson(json) : Optional.empty();
        Optional<SchemaRelease> release = forcedType != null ? types.byName(forcedType) : named;
        if (release.isEmpty()) {
            JsonNode schema = json.get("$schema");
            Problem problem = forcedType != null ? new Problem(ProblemKind.TYPE_UNKNOWN, forcedType, null, null)
                    : schema == null ? new Problem(ProblemKind.TYPE_NOT_STATED, "$schema", null, null)
                    : new Problem(ProblemKind.TYPE_NOT_BUNDLED, schema.asText(), null, null);
            return new Result(DocumentSyntax.JSON, null, problem, List.of(), null, json, null, null, List.of(), List.of());
        }
        JsonNode statedSchema = json.get("$schema");
        if (forcedType != null && statedSchema != null && !named.map(r -> r.id().equals(release.get().id())).orElse(false)) {
            return new Result(DocumentSyntax.JSON, null, new Problem(ProblemKind.TYPE_MISMATCH, statedSchema.asText(), null, null),
                    List.of(), null, json, null, null, List.of(), List.of());
        }

        List<SchemaViolation> violations = new ArrayList<>();
        List<ValidationMessage> messages = new ArrayList<>(jsonSchemas.schema(release.get(), Locale.ENGLISH).validate(json));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage));
        for (ValidationMessage message : messages) {
            violations.add(new SchemaViolation(SchemaViolation.ofJsonSchema(message.getType()), SchemaMessages.json(withoutLocation(message), locale),
                    new Location(name, null, null, null, null, message.getInstanceLocation().toString())));
        }
        if (!violations.isEmpty()) {
            return new Result(DocumentSyntax.JSON, release.get(), null, violations, null, json, null, null, List.of(), List.of());
        }
        try {
            Document dom = new DocumentCodec(catalog.model(release.get()), release.get()).toXml(json);
            return bindIfValid(DocumentSyntax.JSON, release.get(), dom, json, violations, bind);
        } catch (ConversionException e) {
            for (String problem : e.problems()) {
                violations.add(new SchemaViolation(SchemaRules.STRUCTURE, problem, new Location(name, null, null, null, null, pointerOf(problem))));
            }
            return new Result(DocumentSyntax.JSON, release.get(), null, violations, null, json, null, null, List.of(), List.of());
        }
    }

    private Result bindIfValid(DocumentSyntax syntax, SchemaRelease release, Document dom, JsonNode json,
                               List<SchemaViolation> violations, boolean bind) {
        if (!violations.isEmpty() || !bind) {
            return new Result(syntax, release, null, List.copyOf(violations), dom, json, null, null, List.of(), List.of());
        }
        try {
            ModelBinder.Bound bound = binder().bind(dom.getDocumentElement());
            return new Result(syntax, release, null, List.of(), dom, json, bound, null, List.of(), List.of());
        } catch (JAXBException e) {
            return new Result(syntax, release, null, List.of(), dom, json, null,
                    e.getMessage() == null ? String.valueOf(e.getLinkedException()) : e.getMessage(), List.of(), List.of());
        }
    }

    private ModelBinder binder() {
        ModelBinder current = binder;
        if (current == null) {
            synchronized (this) {
                if (binder == null) {
                    binder = new ModelBinder(catalog);
                }
                current = binder;
            }
        }
        return current;
    }

    /** networknt starts each message with the instance location, which the finding's location already gives. */
    static String withoutLocation(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation().toString() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static String pointerOf(String problem) {
        int colon = problem.indexOf(':');
        return colon > 0 && problem.startsWith("/") ? problem.substring(0, colon) : "";
    }
}
