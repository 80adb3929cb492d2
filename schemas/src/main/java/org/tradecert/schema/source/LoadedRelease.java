package org.tradecert.schema.source;

import org.tradecert.schema.generate.SchemaLayout;
import org.tradecert.schema.generate.SemanticVersion;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.ModelModule;

import java.util.Map;

/**
 * One module version read from a schema tree with everything the governance tools compare:
 * its model, the common components it uses, and its XML Schema and JSON Schema files, each set
 * complete (every import and reference followed) and compiled once to prove it loads.
 *
 * @param model the document type resolved against its common components; null for the common module itself
 */
public record LoadedRelease(
        SchemaSource source,
        ModelModule module,
        ModelModule common,
        DocumentModel model,
        Map<String, XsdFile> xsd,
        Map<String, JsonFile> json) {

    public String id() {
        return module.id();
    }

    public String version() {
        return module.version();
    }

    public SemanticVersion semanticVersion() {
        return SemanticVersion.parse(module.version());
    }

    public boolean commonModule() {
        return module.common();
    }

    public String rootXsdPath() {
        return SchemaLayout.rootXsd(module);
    }

    public String rootJsonPath() {
        return SchemaLayout.rootJson(module);
    }

    public String label() {
        return module.id() + "@" + module.version();
    }
}
