package org.tradecert.rules.common;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.tradecert.rules.ModelWalk;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finder of every property of one data type (every measure, every quantity) in a bound document,
 * with the object that contains it and its XML element name, so a rule on a component finds it in
 * every document type and reports it where it was written.
 */
public final class ModelProperties {

    private static final String MODEL_PACKAGE = "org.tradecert.model.";
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    /**
     * One occurrence of a property.
     *
     * @param owner   the model object that contains the property, for locating it
     * @param xmlName the XML element name of the property, e.g. {@code GrossWeightMeasure}
     */
    public record Property<T>(Object owner, String xmlName, T value) {
    }

    private ModelProperties() {
    }

    /** Finds every non-null property of type {@code type} in the document, in document order. */
    public static <T> List<Property<T>> all(Object root, Class<T> type) {
        List<Property<T>> found = new ArrayList<>();
        for (Object node : ModelWalk.findAll(root, Object.class)) {
            if (!node.getClass().getName().startsWith(MODEL_PACKAGE)) {
                continue;
            }
            for (Field field : fields(node.getClass())) {
                if (field.getType() != type) {
                    continue;
                }
                Object value = read(field, node);
                if (value != null) {
                    found.add(new Property<>(node, xmlName(field), type.cast(value)));
                }
            }
        }
        return found;
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("model field " + field + " cannot be read", e);
        }
    }

    private static String xmlName(Field field) {
        XmlElement element = field.getAnnotation(XmlElement.class);
        if (element != null && !"##default".equals(element.name())) {
            return element.name();
        }
        return Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, ModelProperties::orderedFields);
    }

    /** Lists the instance fields of a model class and its model superclasses, in the schema's property order. */
    private static List<Field> orderedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass().getName().startsWith(MODEL_PACKAGE)) {
            fields.addAll(orderedFields(type.getSuperclass()));
        }
        XmlType annotation = type.getAnnotation(XmlType.class);
        List<String> order = annotation == null ? List.of() : List.of(annotation.propOrder());
        List<Field> declared = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                declared.add(field);
            }
        }
        declared.sort(Comparator.comparingInt(field -> {
            int index = order.indexOf(field.getName());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        fields.addAll(declared);
        return fields;
    }
}
