package org.tradecert.codelist;

import java.util.Map;

/** One code of a pack, with its name and the list's own attributes (for UN/LOCODE the function classifier, for example). */
public record CodeEntry(String code, String name, Map<String, String> attributes) {

    public String attribute(String key) {
        return attributes.get(key);
    }
}
