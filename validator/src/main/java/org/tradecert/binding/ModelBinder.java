package org.tradecert.binding;

import jakarta.xml.bind.Binder;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.generate.SchemaLayout;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Binds a parsed document to the JAXB classes generated from the schemas. XML and JSON
 * documents both arrive here as a DOM, so the rules see one Java model whatever the syntax.
 * The {@link Binder} keeps the link from each Java object back to its element, which is how a
 * finding on an object finds its line, XPath or JSON Pointer.
 */
public final class ModelBinder {

    private final JAXBContext context;

    public ModelBinder(SchemaCatalog catalog) {
        Set<String> packages = new LinkedHashSet<>();
        for (SchemaRelease release : catalog.releases()) {
            if (release.current()) {
                packages.add(SchemaLayout.javaPackage(release.id(), release.major()));
            }
        }
        SchemaRelease common = catalog.releases().stream().filter(r -> r.common() && r.current()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the schema catalog has no current common components"));
        packages.add(SchemaLayout.javaPackage("udt", common.major()));
        packages.add(SchemaLayout.javaPackage("qdt", common.major()));
        try {
            this.context = JAXBContext.newInstance(String.join(":", packages), ModelBinder.class.getClassLoader());
        } catch (JAXBException e) {
            throw new IllegalStateException("the JAXB model cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** A document bound to Java objects, with the link back to the DOM. */
    public record Bound(Object root, Binder<Node> binder) {
    }

    /** Binds a document that has passed schema validation. */
    public Bound bind(Element root) throws JAXBException {
        Binder<Node> binder = context.createBinder();
        Object value = binder.unmarshal(root);
        if (value instanceof JAXBElement<?> element) {
            value = element.getValue();
        }
        return new Bound(value, binder);
    }

    public JAXBContext context() {
        return context;
    }
}
