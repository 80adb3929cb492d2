package org.tradecert.codelist;

import org.tradecert.api.Finding;
import org.tradecert.document.DomLocation;
import org.tradecert.schema.model.CodeList;
import org.tradecert.schema.model.DataType;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.Property;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layer 6: finds the codes of a document by walking it along its model, and checks each code
 * of a pack-backed list against the pack in use. Amounts carry ISO 4217 currencies and measures
 * and quantities UNECE Recommendation 20 units, whatever the property.
 */
public final class CodeListLayer {

    private final CodeListRegistry registry;
    private final Map<String, CodeList> lists;

    public CodeListLayer(CodeListRegistry registry) {
        this.registry = registry;
        this.lists = CodeListRegistry.modelLists();
    }

    /** The codes of a schema-valid document of the standard, in document order. */
    public List<CodeOccurrence> occurrences(DocumentModel model, Element root, String file) {
        List<CodeOccurrence> found = new ArrayList<>();
        walk(model, model.rootEntity(), root, file, found);
        return found;
    }

    private void walk(DocumentModel model, Entity entity, Element element, String file, List<CodeOccurrence> found) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element childElement)) {
                continue;
            }
            Optional<Property> property = entity.propertyByXmlName(childElement.getLocalName());
            if (property.isEmpty()) {
                continue;
            }
            if (property.get().aggregate()) {
                model.findEntity(property.get().typeName()).ifPresent(type -> walk(model, type, childElement, file, found));
                continue;
            }
            collect(property.get(), childElement, file, found);
        }
    }

    private void collect(Property property, Element element, String file, List<CodeOccurrence> found) {
        DataType type = property.dataType().orElseThrow();
        if (property.codeList() != null && packBacked(property.codeList())) {
            found.add(new CodeOccurrence(property.codeList(), element.getTextContent().trim(), property.xmlName(),
                    DomLocation.of(file, element, null, type.jsonShape() == DataType.Shape.OBJECT ? "content" : null)));
        }
        String attributeList = switch (type) {
            case AMOUNT -> "ISO4217";
            case MEASURE, QUANTITY -> "Rec20";
            default -> property.schemeList();
        };
        String attribute = type.xmlAttribute();
        if (attributeList != null && attribute != null && element.hasAttribute(attribute) && packBacked(attributeList)) {
            String value = element.getAttribute(attribute).trim();
            String list = attributeList;
            // Recommendation 20 admits the package types of Recommendation 21 as units when prefixed with X (XBX is a box).
            if ("Rec20".equals(list) && value.length() == 3 && value.charAt(0) == 'X') {
                list = "Rec21";
                value = value.substring(1);
            }
            found.add(new CodeOccurrence(list, value, property.xmlName() + "/@" + attribute,
                    DomLocation.of(file, element, attribute, type.jsonAttribute())));
        }
    }

    /** Lists the schemas enumerate in full are left to layer 5. */
    private boolean packBacked(String list) {
        CodeList codeList = lists.get(list);
        return codeList != null && codeList.binding() == CodeList.Binding.PATTERN;
    }

    /** Checks each code; the findings name the list, the pack and its version. */
    public List<Finding> check(List<CodeOccurrence> occurrences) {
        List<Finding> findings = new ArrayList<>();
        for (CodeOccurrence occurrence : occurrences) {
            CodeList list = lists.get(occurrence.list());
            if (list == null) {
                continue;
            }
            CodeListPack pack = registry.forList(occurrence.list()).orElse(null);
            CodeCheck.Result result = CodeCheck.check(list, pack, occurrence.code());
            String listName = list.id();
            String packName = pack == null ? "-" : pack.id() + " " + pack.version();
            switch (result.outcome()) {
                case FOUND, FORM_ONLY -> { }
                case INVALID_FORM -> findings.add(CodeListRules.FORM.finding(occurrence.location(), occurrence.code(),
                        occurrence.property(), listName, list.id()));
                case NOT_FOUND -> findings.add(CodeListRules.UNKNOWN.finding(occurrence.location(), occurrence.code(),
                        occurrence.property(), listName, packName));
                case MARKED_FOR_DELETION -> findings.add(CodeListRules.DELETED.finding(occurrence.location(), occurrence.code(),
                        occurrence.property(), listName, packName));
                case NOT_IN_SELECTION -> findings.add(CodeListRules.UNCONFIRMED.finding(occurrence.location(), occurrence.code(),
                        occurrence.property(), listName, packName));
            }
        }
        return findings;
    }
}
