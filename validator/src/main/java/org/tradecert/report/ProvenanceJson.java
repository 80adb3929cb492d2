package org.tradecert.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.tradecert.api.Provenance;

import java.io.IOException;
import java.util.List;

/** Writes a run's provenance as the {@code provenance} object shared by the JSON report and the SARIF run properties. */
final class ProvenanceJson {

    private ProvenanceJson() {
    }

    static void write(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeStartObject();
        json.writeStringField("tool", provenance.tool());
        json.writeStringField("toolVersion", provenance.toolVersion());
        json.writeFieldName("rulePack");
        component(json, provenance.rulePack());
        components(json, "schemas", provenance.schemas());
        components(json, "codeLists", provenance.codeLists());
        json.writeFieldName("registry");
        component(json, provenance.registry());
        json.writeFieldName("configuration");
        component(json, provenance.configuration());

        json.writeArrayFieldStart("severityOverrides");
        for (Provenance.SeverityOverride override : provenance.overrides()) {
            json.writeStartObject();
            json.writeStringField("ruleId", override.ruleId());
            json.writeStringField("originalSeverity", override.original().label());
            json.writeStringField("severity", override.effective().label());
            json.writeStringField("reason", override.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void components(JsonGenerator json, String name, List<Provenance.Component> components) throws IOException {
        json.writeArrayFieldStart(name);
        for (Provenance.Component component : components) {
            component(json, component);
        }
        json.writeEndArray();
    }

    private static void component(JsonGenerator json, Provenance.Component component) throws IOException {
        if (component == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", component.name());
        JsonOutput.string(json, "version", component.version());
        JsonOutput.string(json, "digest", component.digest());
        json.writeEndObject();
    }
}
