package org.tradecert.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import jakarta.xml.bind.JAXBException;
import org.tradecert.api.Location;
import org.tradecert.binding.ConversionException;
import org.tradecert.binding.DocumentCodec;
import org.tradecert.binding.ModelBinder;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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

    /** Why a document could not be read or typed; the message key is {@code document.problem.<kind>}. */
    public enum ProblemKind {
        EMPTY, ENCODING, NOT_XML_OR_JSON, XML_MALFORMED, JSON_MALFORMED, TYPE_UNKNOWN, TYPE_NOT_STATED, TYPE_NOT_BUNDLED;

        public boolean parsing() {
            return ordinal() <= JSON_MALFORMED.ordinal();
        }

        public String messageKey() {
            return "document.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A reading problem with its detail (the parser's words, or the value at fault) and place. */
    public record Problem(ProblemKind kind, String detail, Integer line, Integer column) {
    }

    /**
     * What reading produced. {@code problem} is set when reading stopped before schema validation.
     *
     * @param dom      the document as XML (for JSON, its converted twin), once parsed
     * @param json     the parsed JSON tree, for a JSON document
     * @param bound    the Java model, when the document is schema-valid and binding was asked for
     */
    public record Result(DocumentSyntax syntax, SchemaRelease release, Problem problem, List<SchemaViolation> violations,
                         Document dom, JsonNode json, ModelBinder.Bound bound, String bindError) {

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

    public Result read(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        DocumentSyntax syntax = DocumentSyntax.sniff(bytes);
        if (bytes.length == 0) {
            return problem(syntax, ProblemKind.EMPTY, null, null, null);
        }
        String wideEncoding = DocumentSyntax.wideEncoding(bytes);
        if (wideEncoding != null) {
            return problem(syntax, ProblemKind.ENCODING, wideEncoding, 1, 1);
        }
        return switch (syntax) {
            case XML -> readXml(bytes, name, forcedType, locale, bind);
            case JSON -> readJson(bytes, name, forcedType, locale, bind);
            default -> problem(syntax, ProblemKind.NOT_XML_OR_JSON, null, 1, 1);
        };
    }

    private static Result problem(DocumentSyntax syntax, ProblemKind kind, String detail, Integer line, Integer column) {
        return new Result(syntax, null, new Problem(kind, detail, line, column), List.of(), null, null, null, null);
    }

    private Result readXml(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        XmlReading.Result plain = XmlReading.read(bytes, name, null, locale);
        if (!plain.wellFormed()) {
            return problem(DocumentSyntax.XML, ProblemKind.XML_MALFORMED, plain.fatal().message(), plain.fatal().line(), plain.fatal().column());
        }
        Element root = plain.document().getDocumentElement();
        Optional<SchemaRelease> release = forcedType != null ? types.byName(forcedType) : types.ofXml(root);
        if (release.isEmpty()) {
            Problem problem = forcedType != null ? new Problem(ProblemKind.TYPE_UNKNOWN, forcedType, null, null)
                    : root.getNamespaceURI() == null ? new Problem(ProblemKind.TYPE_NOT_STATED, root.getTagName(), 1, 1)
                    : new Problem(ProblemKind.TYPE_NOT_BUNDLED, "{" + root.getNamespaceURI() + "}" + root.getLocalName(), 1, 1);
            return new Result(DocumentSyntax.XML, null, problem, List.of(), plain.document(), null, null, null);
        }

        XmlReading.Result validated = XmlReading.read(bytes, name, xmlSchemas.schema(release.get()), locale);
        List<SchemaViolation> violations = new ArrayList<>();
        for (XmlReading.Problem problem : validated.schemaErrors()) {
            violations.add(new SchemaViolation(problem.message(),
                    new Location(name, null, problem.xpath(), problem.line(), problem.column(), null)));
        }
        return bindIfValid(DocumentSyntax.XML, release.get(), validated.document(), null, violations, bind);
    }

    private Result readJson(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        JsonReading.Result parsed = JsonReading.read(bytes);
        if (!parsed.wellFormed()) {
            return problem(DocumentSyntax.JSON, ProblemKind.JSON_MALFORMED, parsed.error(), parsed.line(), parsed.column());
        }
        JsonNode json = parsed.tree();
        Optional<SchemaRelease> release = forcedType != null ? types.byName(forcedType)
                : json.isObject() ? types.ofJson(json) : Optional.empty();
        if (release.isEmpty()) {
            JsonNode schema = json.get("$schema");
            Problem problem = forcedType != null ? new Problem(ProblemKind.TYPE_UNKNOWN, forcedType, null, null)
                    : schema == null ? new Problem(ProblemKind.TYPE_NOT_STATED, "$schema", null, null)
                    : new Problem(ProblemKind.TYPE_NOT_BUNDLED, schema.asText(), null, null);
            return new Result(DocumentSyntax.JSON, null, problem, List.of(), null, json, null, null);
        }

        List<SchemaViolation> violations = new ArrayList<>();
        List<ValidationMessage> messages = new ArrayList<>(jsonSchemas.schema(release.get(), locale).validate(json));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage));
        for (ValidationMessage message : messages) {
            violations.add(new SchemaViolation(withoutLocation(message),
                    new Location(name, null, null, null, null, message.getInstanceLocation().toString())));
        }
        if (!violations.isEmpty()) {
            return new Result(DocumentSyntax.JSON, release.get(), null, violations, null, json, null, null);
        }
        try {
            Document dom = new DocumentCodec(catalog.model(release.get()), release.get()).toXml(json);
            return bindIfValid(DocumentSyntax.JSON, release.get(), dom, json, violations, bind);
        } catch (ConversionException e) {
            for (String problem : e.problems()) {
                violations.add(new SchemaViolation(problem, new Location(name, null, null, null, null, pointerOf(problem))));
            }
            return new Result(DocumentSyntax.JSON, release.get(), null, violations, null, json, null, null);
        }
    }

    private Result bindIfValid(DocumentSyntax syntax, SchemaRelease release, Document dom, JsonNode json,
                               List<SchemaViolation> violations, boolean bind) {
        if (!violations.isEmpty() || !bind) {
            return new Result(syntax, release, null, List.copyOf(violations), dom, json, null, null);
        }
        try {
            ModelBinder.Bound bound = binder().bind(dom.getDocumentElement());
            return new Result(syntax, release, null, List.of(), dom, json, bound, null);
        } catch (JAXBException e) {
            return new Result(syntax, release, null, List.of(), dom, json, null,
                    e.getMessage() == null ? String.valueOf(e.getLinkedException()) : e.getMessage());
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
