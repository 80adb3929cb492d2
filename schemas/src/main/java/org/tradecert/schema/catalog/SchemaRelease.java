package org.tradecert.schema.catalog;

import org.tradecert.schema.generate.SemanticVersion;
import org.tradecert.schema.model.Bilingual;

import java.util.List;

/**
 * One module version listed in the schema catalog: where its XML Schema and JSON Schema are,
 * and how a document identifies it.
 *
 * @param xsd  the root XML Schema, relative to the schema root of the jar
 * @param json the root JSON Schema, relative to the schema root of the jar
 */
public record SchemaRelease(
        String id,
        String version,
        String status,
        boolean current,
        String commonVersion,
        Bilingual title,
        String xmlNamespace,
        String rootElement,
        String jsonId,
        String xsd,
        String json,
        List<String> documentTypeCodes,
        List<String> issuerRoles) {

    public SemanticVersion semanticVersion() {
        return SemanticVersion.parse(version);
    }

    public int major() {
        return semanticVersion().major();
    }

    public boolean common() {
        return "common".equals(id);
    }

    /** The schema id written in envelopes and reports, {@code type@version}. */
    public String schemaId() {
        return id + "@" + version;
    }
}
