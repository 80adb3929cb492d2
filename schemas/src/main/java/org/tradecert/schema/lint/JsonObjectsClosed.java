package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Every JSON object schema is closed with unevaluatedProperties or additionalProperties false, like the XML content models. */
public final class JsonObjectsClosed implements LintRule {

    @Override
    public String id() {
        return "LINT-JSON-CLOSED";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        for (var file : release.json().values()) {
            closed(release, file.path(), file.tree(), "", findings);
        }
    }

    private void closed(LoadedRelease release, String path, com.fasterxml.jackson.databind.JsonNode node, String pointer,
                        List<GovernanceFinding> findings) {
        boolean object = node.has("properties") || "object".equals(node.path("type").asText());
        if (object) {
            var unevaluated = node.get("unevaluatedProperties");
            var additional = node.get("additionalProperties");
            boolean isClosed = (unevaluated != null && unevaluated.isBoolean() && !unevaluated.asBoolean())
                    || (additional != null && additional.isBoolean() && !additional.asBoolean());
            if (!isClosed) {
                findings.add(Lint.finding(id(), release, path + "#" + pointer));
            }
        }
        var defs = node.path("$defs").properties().iterator();
        while (defs.hasNext()) {
            var def = defs.next();
            closed(release, path, def.getValue(), pointer + "/$defs/" + def.getKey(), findings);
        }
    }
}
