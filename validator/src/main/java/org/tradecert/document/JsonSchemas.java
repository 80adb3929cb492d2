package org.tradecert.document;

import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.KeywordFactory;
import com.networknt.schema.UnknownKeywordFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.AllowSchemaLoader;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import com.networknt.schema.resource.UriSchemaLoader;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.generate.SchemaLayout;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the bundled JSON Schemas with networknt. Every {@code $id} under the standard's base is
 * served from the schemas jar, and any other location except a {@code classpath:} resource is
 * refused: a schema can never cause a network request or read a file.
 */
public final class JsonSchemas {

    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    public JsonSchemas() {
        SchemaLoader bundled = iri -> {
            String text = iri.toString();
            if (!text.startsWith(SchemaLayout.JSON_ID_BASE)) {
                return null;
            }
            String path = SchemaLayout.RESOURCE_ROOT + text.substring(SchemaLayout.JSON_ID_BASE.length());
            return (InputStreamSource) () -> {
                InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(path);
                if (in == null) {
                    throw new java.io.FileNotFoundException("no bundled JSON Schema for " + text);
                }
                return in;
            };
        };
        // The standard's schemas carry x- annotations (Chinese descriptions, code names); they are read as
        // annotations instead of being reported as unknown keywords.
        KeywordFactory annotations = (name, context) -> name.startsWith("x-")
                ? new AnnotationKeyword(name) : UnknownKeywordFactory.getInstance().getKeyword(name, context);
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).unknownKeywordFactory(annotations).build();
        // networknt tries its own classpath and URL loaders after the configured ones, so removing
        // a loader from the list is not enough: every location the bundled loader does not serve
        // is rejected right after it, before those fallbacks are reached.
        SchemaLoader rejectOthers = new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:"));
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(metaSchema)
                .schemaLoaders(loaders -> loaders.values(list -> {
                    list.removeIf(loader -> loader instanceof UriSchemaLoader);
                    list.add(0, bundled);
                    list.add(1, rejectOthers);
                })));
    }

    /** The factory, for schemas outside the document releases such as the envelope and registry schemas. */
    public JsonSchemaFactory factory() {
        return factory;
    }

    /** The compiled schema of a release, with messages in the given language. */
    public JsonSchema schema(SchemaRelease release, Locale locale) {
        return compiled.computeIfAbsent(release.schemaId() + "|" + locale.toLanguageTag(), key -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .locale(locale)
                    .build();
            return factory.getSchema(SchemaLocation.of(release.jsonId()), config);
        });
    }
}
