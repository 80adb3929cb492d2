package org.tradecert.document;

import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.rules.RuleDefinition;

import java.util.List;

/**
 * The checks of layer 5: the document's type is known, and the document is valid against the
 * XML Schema or JSON Schema of that type and version. Violations are sorted into a few kinds so
 * an XML document and its JSON twin name the same rule for the same fault, although the two
 * schema languages word their messages differently.
 */
public final class SchemaRules {

    private static final String SCHEMAS = "tradecert standard, XML Schema 1.0 and JSON Schema 2020-12 of the document type";

    public static final RuleDefinition TYPE_NOT_STATED = RuleDefinition.of("SCHEMA-TYPE-NOT-STATED", Layer.SCHEMA, Severity.FATAL, "tradecert standard, document identification");
    public static final RuleDefinition TYPE_UNKNOWN = RuleDefinition.of("SCHEMA-TYPE-UNKNOWN", Layer.SCHEMA, Severity.FATAL, "tradecert standard, document identification");
    public static final RuleDefinition TYPE_MISMATCH = RuleDefinition.of("SCHEMA-TYPE-MISMATCH", Layer.SCHEMA, Severity.FATAL, "tradecert-envelope/1 docType and schemaId; Namespaces in XML 1.0");
    public static final RuleDefinition STRUCTURE = RuleDefinition.of("SCHEMA-STRUCTURE", Layer.SCHEMA, Severity.ERROR, SCHEMAS);
    public static final RuleDefinition VALUE_FORM = RuleDefinition.of("SCHEMA-VALUE-FORM", Layer.SCHEMA, Severity.ERROR, SCHEMAS);
    public static final RuleDefinition CODE_VALUE = RuleDefinition.of("SCHEMA-CODE-VALUE", Layer.SCHEMA, Severity.ERROR, SCHEMAS);
    public static final RuleDefinition VIOLATION = RuleDefinition.of("SCHEMA-VIOLATION", Layer.SCHEMA, Severity.ERROR, SCHEMAS);
    public static final RuleDefinition CII = RuleDefinition.of("SCHEMA-CII-D16B", Layer.SCHEMA, Severity.ERROR,
            "UN/CEFACT Cross Industry Invoice D16B XML Schema (CrossIndustryInvoice_100pD16B.xsd)", "commercial-invoice");

    private SchemaRules() {
    }

    public static List<RuleDefinition> all() {
        return List.of(TYPE_NOT_STATED, TYPE_UNKNOWN, TYPE_MISMATCH, STRUCTURE, VALUE_FORM, CODE_VALUE, VIOLATION, CII);
    }
}
