package org.tradecert.codelist;

import java.util.Map;

/** One code of a pack, with its name and the list's own attributes (for UN/LOCODE the function classifier, for example). */
public record CodeEntry(String code, String name, Map<String, String> attributes) {

    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The name in the reader's language: the Chinese name ({@code nameZh}) for a Chinese locale when the pack has one. */
    public String name(java.util.Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage()) && attributes.containsKey("nameZh")) {
            return attributes.get("nameZh");
        }
        return name;
    }
}
