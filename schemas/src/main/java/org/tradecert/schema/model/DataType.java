package org.tradecert.schema.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The unqualified data types of the standard, after UN/CEFACT CCTS: each has one XML Schema
 * type in the {@code udt} module and one JSON Schema shape, chosen so that both syntaxes
 * accept exactly the same lexical values and a document converts losslessly between them.
 */
public enum DataType {

    TEXT("Text", "TextType", "Text", Shape.STRING),
    IDENTIFIER("Identifier", "IDType", "Identifier", Shape.STRING),
    SCHEMED_IDENTIFIER("SchemedIdentifier", "SchemedIDType", "Identifier", Shape.OBJECT),
    CODE("Code", "CodeType", "Code", Shape.STRING),
    LISTED_CODE("ListedCode", "ListedCodeType", "Code", Shape.OBJECT),
    AMOUNT("Amount", "AmountType", "Amount", Shape.OBJECT),
    MEASURE("Measure", "MeasureType", "Measure", Shape.OBJECT),
    QUANTITY("Quantity", "QuantityType", "Quantity", Shape.OBJECT),
    NUMERIC("Numeric", "NumericType", "Numeric", Shape.STRING),
    PERCENT("Percent", "PercentType", "Percent", Shape.STRING),
    DATE_TIME("DateTime", "DateTimeType", "Date Time", Shape.STRING),
    DATE("Date", "DateType", "Date", Shape.STRING),
    INDICATOR("Indicator", "IndicatorType", "Indicator", Shape.BOOLEAN);

    /** How a value of the type is written in JSON. */
    public enum Shape { STRING, OBJECT, BOOLEAN }

    private final String modelName;
    private final String xsdTypeName;
    private final String representationTerm;
    private final Shape jsonShape;

    DataType(String modelName, String xsdTypeName, String representationTerm, Shape jsonShape) {
        this.modelName = modelName;
        this.xsdTypeName = xsdTypeName;
        this.representationTerm = representationTerm;
        this.jsonShape = jsonShape;
    }

    public static Optional<DataType> byModelName(String name) {
        return Arrays.stream(values()).filter(type -> type.modelName.equals(name)).findFirst();
    }

    public String modelName() {
        return modelName;
    }

    public String xsdTypeName() {
        return xsdTypeName;
    }

    /** The CCTS representation term that ends the dictionary entry name of a property of this type. */
    public String representationTerm() {
        return representationTerm;
    }

    public Shape jsonShape() {
        return jsonShape;
    }

    /** True for the decimal-valued types whose content is compared as {@code BigDecimal}. */
    public boolean decimal() {
        return this == AMOUNT || this == MEASURE || this == QUANTITY || this == NUMERIC || this == PERCENT;
    }

    /** The XML attribute that qualifies the content, or null: currencyID, unitCode, listID or schemeID. */
    public String xmlAttribute() {
        return switch (this) {
            case AMOUNT -> "currencyID";
            case MEASURE, QUANTITY -> "unitCode";
            case LISTED_CODE -> "listID";
            case SCHEMED_IDENTIFIER -> "schemeID";
            default -> null;
        };
    }

    /** The JSON member that carries the same qualifier as {@link #xmlAttribute()}. */
    public String jsonAttribute() {
        return switch (this) {
            case AMOUNT -> "currencyId";
            case MEASURE, QUANTITY -> "unitCode";
            case LISTED_CODE -> "listId";
            case SCHEMED_IDENTIFIER -> "schemeId";
            default -> null;
        };
    }

    /** True when the qualifier attribute must be present; only a quantity may omit its unit. */
    public boolean attributeRequired() {
        return xmlAttribute() != null && this != QUANTITY;
    }
}
