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

    /**
     * What reading produced. Exactly one of {@code parseError}, {@code typeError} is set when
     * reading stopped before schema validation.
     *
     * @param dom      the document as XML (for JSON, its converted twin), once parsed
     * @param json     the parsed JSON tree, for a JSON document
     * @param bound    the Java model, when the document is schema-valid and binding was asked for
     */
    public record Result(DocumentSyntax syntax, SchemaRelease release, String parseError, Integer parseLine,
                         Integer parseColumn, String typeError, List<SchemaViolation> violations, Document dom,
                         JsonNode json, ModelBinder.Bound bound, String bindError) {

        public boolean schemaValid() {
            return parseError == null && typeError == null && violations.isEmpty() && dom != null;
        }
    }

    public Result read(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        DocumentSyntax syntax = DocumentSyntax.sniff(bytes);
        return switch (syntax) {
            case XML -> readXml(bytes, name, forcedType, locale, bind);
            case JSON -> readJson(bytes, name, forcedType, locale, bind);
            default -> new Result(syntax, null, "neither XML nor JSON", 1, 1, null, List.of(), null, null, null, null);
        };
    }

    private Result readXml(byte[] bytes, String name, String forcedType, Locale locale, boolean bind) {
        XmlReading.Result plain = XmlReading.read(bytes, name, null, locale);
        if (!plain.wellFormed()) {
            return new Result(DocumentSyntax.XML, null, plain.fatal().message(), plain.fatal().line(), plain.fatal().column(),
                    null, List.of(), null, null, null, null);
        }
        Optional<SchemaRelease> release = forcedType != null ? types.byName(forcedType) : types.ofXml(plain.document().getDocumentElement());
        if (release.isEmpty()) {
            return new Result(DocumentSyntax.XML, null, null, null, null, typeError(forcedType, plain.document().getDocumentElement().getNamespaceURI()),
                    List.of(), plain.document(), null, null, null);
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
            return new Result(DocumentSyntax.JSON, null, parsed.error(), parsed.line(), parsed.column(), null, List.of(),
                    null, null, null, null);
        }
        JsonNode json = parsed.tree();
        Optional<SchemaRelease> release = forcedType != null ? types.byName(forcedType)
                : json.isObject() ? types.ofJson(json) : Optional.empty();
        if (release.isEmpty()) {
            JsonNode schema = json.get("$schema");
            return new Result(DocumentSyntax.JSON, null, null, null, null,
                    typeError(forcedType, schema == null ? null : schema.asText()), List.of(), null, json, null, null);
        }

        List<SchemaViolation> violations = new ArrayList<>();
        List<ValidationMessage> messages = new ArrayList<>(jsonSchemas.schema(release.get(), locale).validate(json));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage));
        for (ValidationMessage message : messages) {
            violations.add(new SchemaViolation(message.getMessage(),
                    new Location(name, null, null, null, null, message.getInstanceLocation().toString())));
        }
        if (!violations.isEmpty()) {
            return new Result(DocumentSyntax.JSON, release.get(), null, null, null, null, violations, null, json, null, null);
        }
        try {
            Document dom = new DocumentCodec(catalog.model(release.get()), release.get()).toXml(json);
            return bindIfValid(DocumentSyntax.JSON, release.get(), dom, json, violations, bind);
        } catch (ConversionException e) {
            for (String problem : e.problems()) {
                violations.add(new SchemaViolation(problem, new Location(name, null, null, null, null, pointerOf(problem))));
            }
            return new Result(DocumentSyntax.JSON, release.get(), null, null, null, null, violations, null, json, null, null);
        }
    }

    private Result bindIfValid(DocumentSyntax syntax, SchemaRelease release, Document dom, JsonNode json,
                               List<SchemaViolation> violations, boolean bind) {
        if (!violations.isEmpty() || !bind) {
            return new Result(syntax, release, null, null, null, null, List.copyOf(violations), dom, json, null, null);
        }
        try {
            ModelBinder.Bound bound = binder().bind(dom.getDocumentElement());
            return new Result(syntax, release, null, null, null, null, List.of(), dom, json, bound, null);
        } catch (JAXBException e) {
            return new Result(syntax, release, null, null, null, null, List.of(), dom, json, null,
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

    private static String typeError(String forcedType, String found) {
        if (forcedType != null) {
            return "unknown type " + forcedType;
        }
        return found == null ? "no namespace or $schema names a document type" : "unknown document type " + found;
    }

    private static String pointerOf(String problem) {
        int colon = problem.indexOf(':');
        return colon > 0 && problem.startsWith("/") ? problem.substring(0, colon) : "";
    }
}
