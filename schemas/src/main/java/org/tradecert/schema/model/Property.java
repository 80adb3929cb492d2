package org.tradecert.schema.model;

import java.util.Optional;

/**
 * One business information entity of an aggregate: a child element in XML and a member in
 * JSON, with its dictionary entry name, cardinality and either a data type or an aggregate type.
 *
 * @param codeList   the code list that the content must belong to, or null
 * @param schemeList the code list that the {@code schemeID} or {@code listID} must belong to, or null
 */
public record Property(
        String xmlName,
        String jsonName,
        String den,
        Cardinality cardinality,
        String typeName,
        String codeList,
        String schemeList,
        Bilingual definition,
        Deprecation deprecation) {

    public Optional<DataType> dataType() {
        return DataType.byModelName(typeName);
    }

    public boolean aggregate() {
        return dataType().isEmpty();
    }
}
