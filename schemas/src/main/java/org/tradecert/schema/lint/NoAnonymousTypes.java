package org.tradecert.schema.lint;

import org.tradecert.schema.governance.GovernanceFinding;
import org.tradecert.schema.source.LoadedRelease;

import java.util.List;

/** Every type is named: no XML Schema element or attribute declares its type inline, and no JSON Schema property contains an inline object schema. */
public final class NoAnonymousTypes implements LintRule {

    @Override
    public String id() {
        return "LINT-ANONYMOUS-TYPE";
    }

    @Override
    public void check(LoadedRelease release, List<GovernanceFinding> findings) {
        for (var file : release.xsd().values()) {
            var elements = file.document().getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                var element = (org.w3c.dom.Element) elements.item(i);
                boolean declaration = "element".equals(element.getLocalName()) || "attribute".equals(element.getLocalName());
                if (declaration && (org.tradecert.schema.diff.XsdChildren.has(element, "complexType")
                        || org.tradecert.schema.diff.XsdChildren.has(element, "simpleType"))) {
                    findings.add(Lint.finding(id(), release, file.path() + ":" + org.tradecert.schema.source.LocatedXml.line(element),
                            element.getAttribute("name")));
                }
            }
        }
        for (var file : release.json().values()) {
            anonymous(release, file.path(), file.tree(), "", findings);
        }
    }

    private void anonymous(LoadedRelease release, String path, com.fasterxml.jackson.databind.JsonNode node, String pointer,
                           List<GovernanceFinding> findings) {
        var fields = node.path("properties").properties().iterator();
        while (fields.hasNext()) {
            var field = fields.next();
            var value = field.getValue();
            var inner = "array".equals(value.path("type").asText()) ? value.path("items") : value;
            String where = pointer + "/properties/" + field.getKey();
            if (inner.has("properties") || "object".equals(inner.path("type").asText())) {
                findings.add(Lint.finding(id(), release, path + "#" + where, field.getKey()));
            }
        }
        var defs = node.path("$defs").properties().iterator();
        while (defs.hasNext()) {
            var def = defs.next();
            anonymous(release, path, def.getValue(), pointer + "/$defs/" + def.getKey(), findings);
        }
    }
}
