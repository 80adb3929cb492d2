package org.tradecert.schema.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Example document paths of each component in one syntax: XPaths or JSON Pointers from the
 * root, at most {@value #EXAMPLES} per component, with the number of distinct paths.
 */
final class DocumentPaths {

    static final int EXAMPLES = 5;
    private static final int MAX_DEPTH = 16;
    private static final int MAX_COUNT = 10_000;

    /** Example paths of a component and how many there are. */
    record Paths(List<String> examples, int count) {
    }

    private final Shapes shapes;
    private final Map<String, List<String>> examples = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    DocumentPaths(Shapes shapes, String rootName) {
        this.shapes = shapes;
        if (shapes.rootKey() != null) {
            Shapes.Component root = shapes.components().get(shapes.rootKey());
            if (root != null) {
                String start = shapes.syntax() == Syntax.XSD ? "/" + qualified(root.prefix, rootName) : "";
                walk(root, start, 0);
            }
        }
    }

    private void walk(Shapes.Component component, String path, int depth) {
        int seen = counts.merge(component.key, 1, Integer::sum);
        List<String> list = examples.computeIfAbsent(component.key, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
            list.add(path.isEmpty() ? "/" : path);
        }
        if (depth >= MAX_DEPTH || seen > MAX_COUNT) {
            return;
        }
        for (Shapes.Member member : component.members) {
            if (member.type() == null || member.type().component() == null) {
                continue;
            }
            Shapes.Component child = shapes.components().get(member.type().component());
            if (child != null && child.complex) {
                walk(child, path + segment(component, member), depth + 1);
            }
        }
    }

    Paths of(String componentKey, Shapes.Member member) {
        List<String> base = examples.getOrDefault(componentKey, List.of());
        int count = counts.getOrDefault(componentKey, 0);
        if (member == null) {
            return new Paths(base, count);
        }
        Shapes.Component component = shapes.components().get(componentKey);
        List<String> withMember = new ArrayList<>();
        for (String path : base) {
            withMember.add((path.equals("/") ? "" : path) + (component == null ? "/" + member.name() : segment(component, member)));
        }
        return new Paths(withMember, count);
    }

    private String segment(Shapes.Component owner, Shapes.Member member) {
        if (shapes.syntax() == Syntax.JSON) {
            return "/" + member.name().replace("~", "~0").replace("/", "~1");
        }
        if (member.key().startsWith("@")) {
            return "/@" + member.name();
        }
        if (member.key().startsWith("#")) {
            return "";
        }
        return "/" + qualified(owner.prefix, member.name());
    }

    private static String qualified(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }
}
