package org.tradecert.schema.diff;

/** The two published renditions of the standard, and the model both are generated from. */
public enum Syntax {
    XSD("XML Schema"),
    JSON("JSON Schema");

    private final String label;

    Syntax(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
