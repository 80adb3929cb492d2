package org.tradecert.schema.site;

/** An example document shown on a type's page: its name (such as {@code sea}), syntax ({@code xml} or {@code json}) and text. */
public record Example(String type, String name, String syntax, String content) {
}
