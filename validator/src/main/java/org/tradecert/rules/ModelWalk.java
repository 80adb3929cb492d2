package org.tradecert.rules;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlType;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every object of a model type in a bound document, in document order, for the rules
 * that apply wherever a component occurs (every party's identifiers, every container number).
 * Order follows each class's {@code @XmlType(propOrder)}, which is the order of the schema.
 */
public final class ModelWalk {

    private static final String MODEL_PACKAGE = "org.tradecert.model.";
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private ModelWalk() {
    }

    /** All objects of {@code type} reachable from {@code root}, the root included. */
    public static <U> List<U> findAll(Object root, Class<U> type) {
        List<U> found = new ArrayList<>();
        visit(root, type, found, 0);
        return found;
    }

    private static <U> void visit(Object node, Class<U> type, List<U> found, int depth) {
        if (node == null || depth > 64) {
            return;
        }
        if (node instanceof JAXBElement<?> element) {
            visit(element.getValue(), type, found, depth);
            return;
        }
        if (node instanceof Collection<?> items) {
            for (Object item : items) {
                visit(item, type, found, depth);
            }
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (!node.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Field field : fields(node.getClass())) {
            try {
                visit(field.get(node), type, found, depth + 1);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("model field " + field + " cannot be read", e);
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, ModelWalk::orderedFields);
    }

    private static List<Field> orderedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass().getName().startsWith(MODEL_PACKAGE)) {
            fields.addAll(orderedFields(type.getSuperclass()));
        }
        XmlType annotation = type.getAnnotation(XmlType.class);
        List<String> order = annotation == null ? List.of() : List.of(annotation.propOrder());
        List<Field> declared = new ArrayList<>(List.of(type.getDeclaredFields()));
        declared.removeIf(field -> java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
                || field.getType() == String.class || Number.class.isAssignableFrom(field.getType())
                || field.getType().getName().startsWith("java.time."));
        declared.sort(java.util.Comparator.comparingInt(field -> {
            int index = order.indexOf(field.getName());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        for (Field field : declared) {
            field.setAccessible(true);
            fields.add(field);
        }
        return fields;
    }
}
