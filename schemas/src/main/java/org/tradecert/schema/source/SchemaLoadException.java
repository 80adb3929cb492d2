package org.tradecert.schema.source;

import org.tradecert.schema.governance.LocalizedText;

import java.util.Locale;

/**
 * A release whose model, XML Schema or JSON Schema cannot be read or compiled. The governance
 * commands end with exit code 3 on it, and never treat an unreadable schema as unchanged.
 */
public class SchemaLoadException extends Exception {

    private final LocalizedText text;

    public SchemaLoadException(String key, Object... arguments) {
        super(LocalizedText.of(key, arguments).in(Locale.ENGLISH));
        this.text = LocalizedText.of(key, arguments);
    }

    public SchemaLoadException(Throwable cause, String key, Object... arguments) {
        super(LocalizedText.of(key, arguments).in(Locale.ENGLISH), cause);
        this.text = LocalizedText.of(key, arguments);
    }

    public LocalizedText text() {
        return text;
    }
}
