package org.tradecert.schema.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.schema.model.ModelException;
import org.tradecert.schema.model.ModelLoader;
import org.tradecert.schema.model.ModelModule;
import org.tradecert.schema.model.ModelSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the published schema tree from the model files: for each module version its model
 * snapshot, XML Schema set and JSON Schema set, plus the catalog, the JAXB bindings and the
 * release manifest. A module whose model says {@code released} is entered in the manifest the
 * first time it is built; after that, any change to its files is refused.
 */
public final class SchemaBuild {

    /** What a build produces, with the reasons it may not be written. */
    public record Result(Map<String, byte[]> files, ReleaseManifest manifest, List<String> problems) {
    }

    static final String JAXB_DRIVER = "jaxb-model.xsd";

    private final ModelLoader loader = new ModelLoader();

    /** Generates everything in memory; {@code resourceRoot} supplies the manifest and older releases. */
    public Result generate(ModelSet models, Path resourceRoot) throws IOException {
        ReleaseManifest manifest = readManifest(resourceRoot);
        Map<String, byte[]> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();

        for (ModelModule module : models.all()) {
            Map<String, byte[]> moduleFiles = moduleFiles(models, module);
            if (module.status() == ModelModule.Status.RELEASED) {
                manifest = checkRelease(manifest, module, moduleFiles, resourceRoot, problems);
            }
            files.putAll(moduleFiles);
        }

        files.put(SchemaLayout.RELEASE_MANIFEST, manifest.toBytes());
        files.put(SchemaLayout.CATALOG, catalog(models, manifest, resourceRoot));
        files.put(JAXB_DRIVER, jaxbDriver(models));
        files.put(SchemaLayout.BINDINGS, bindings(models));
        return new Result(files, manifest, problems);
    }

    /** Generates and writes the tree; refuses to write when a released file would change. */
    public Result write(Path modelDirectory, Path resourceRoot) throws IOException, ModelException {
        Result result = generate(loader.loadDirectory(modelDirectory), resourceRoot);
        if (!result.problems().isEmpty()) {
            return result;
        }
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
            Path target = resourceRoot.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return result;
    }

    private Map<String, byte[]> moduleFiles(ModelSet models, ModelModule module) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SchemaLayout.modelSnapshot(module.id(), module.version()), module.source());
        Map<String, String> generated = new TreeMap<>();
        if (module.common()) {
            generated.putAll(new XsdGenerator().common(module));
            generated.putAll(new JsonSchemaGenerator().common(module));
        } else {
            generated.putAll(new XsdGenerator().documentType(models.document(module.id())));
            generated.putAll(new JsonSchemaGenerator().documentType(models.document(module.id())));
        }
        generated.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static ReleaseManifest checkRelease(ReleaseManifest manifest, ModelModule module, Map<String, byte[]> files,
                                                Path resourceRoot, List<String> problems) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        files.forEach((path, content) -> digests.put(path, ReleaseManifest.sha256(content)));

        var recorded = manifest.find(module.id(), module.version());
        if (recorded.isEmpty()) {
            return manifest.with(new ReleaseManifest.Release(module.id(), module.version(), digests));
        }
        for (Map.Entry<String, String> entry : digests.entrySet()) {
            String released = recorded.get().files().get(entry.getKey());
            if (released == null) {
                problems.add(entry.getKey() + ": released " + module.id() + " " + module.version()
                        + " did not contain this file; released versions never change, so declare a new version in the model");
            } else if (!released.equals(entry.getValue())) {
                Path committed = resourceRoot.resolve(entry.getKey());
                boolean manifestEdited = Files.exists(committed)
                        && ReleaseManifest.sha256(Files.readAllBytes(committed)).equals(entry.getValue());
                if (manifestEdited) {
                    problems.add(SchemaLayout.RELEASE_MANIFEST + ": the digest recorded for " + entry.getKey()
                            + " matches neither the committed file nor what the model generates; the manifest was edited by hand, restore it");
                } else {
                    problems.add(entry.getKey() + ": the model now generates different content for released " + module.id()
                            + " " + module.version() + "; released versions never change, so declare a new version in the model");
                }
            }
        }
        for (String path : recorded.get().files().keySet()) {
            if (!digests.containsKey(path)) {
                problems.add(path + ": released " + module.id() + " " + module.version()
                        + " contains this file but the model no longer generates it; declare a new version in the model");
            }
        }
        return manifest;
    }

    private static ReleaseManifest readManifest(Path resourceRoot) throws IOException {
        Path path = resourceRoot.resolve(SchemaLayout.RELEASE_MANIFEST);
        return Files.exists(path) ? ReleaseManifest.parse(Files.readAllBytes(path)) : ReleaseManifest.empty();
    }

    /** Lists every module version: the current models and every earlier release still in the tree. */
    private byte[] catalog(ModelSet models, ReleaseManifest manifest, Path resourceRoot) throws IOException {
        Map<String, ModelModule> entries = new TreeMap<>();
        for (ReleaseManifest.Release release : manifest.releases()) {
            Path snapshot = resourceRoot.resolve(SchemaLayout.modelSnapshot(release.module(), release.version()));
            if (Files.exists(snapshot)) {
                try {
                    ModelModule module = loader.load(snapshot.toString(), Files.readAllBytes(snapshot));
                    entries.put(key(module), module);
                } catch (ModelException e) {
                    throw new IOException("the released model snapshot " + snapshot + " cannot be read: " + e.getMessage(), e);
                }
            }
        }
        for (ModelModule module : models.all()) {
            entries.put(key(module), module);
        }

        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "tradecert-catalog/1");
        root.put("$comment", "Every module version in this schema tree. Written by tradecert schema build.");
        ArrayNode list = root.putArray("modules");
        for (ModelModule module : entries.values()) {
            ObjectNode node = list.addObject();
            node.put("id", module.id());
            node.put("version", module.version());
            node.put("status", module.status().name().toLowerCase());
            node.put("current", models.module(module.id()).map(m -> m.version().equals(module.version())).orElse(false));
            if (module.commonVersion() != null) {
                node.put("common", module.commonVersion());
            }
            ObjectNode title = node.putObject("title");
            title.put("en", module.title().en());
            title.put("zh", module.title().zh());
            node.put("xmlNamespace", module.xmlNamespace());
            if (module.root() != null) {
                node.put("rootElement", module.root());
            }
            node.put("jsonId", module.jsonId());
            node.put("xsd", SchemaLayout.rootXsd(module));
            node.put("json", SchemaLayout.rootJson(module));
            ArrayNode codes = node.putArray("documentTypeCodes");
            module.documentTypeCodes().forEach(codes::add);
            ArrayNode roles = node.putArray("issuerRoles");
            module.issuerRoles().forEach(roles::add);
        }
        return JsonText.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static String key(ModelModule module) {
        SemanticVersion version = SemanticVersion.parse(module.version());
        return module.id() + String.format("/%05d.%05d.%05d", version.major(), version.minor(), version.patch());
    }

    /** An XML Schema with no components that imports the current version of every module, for xjc to compile. */
    private static byte[] jaxbDriver(ModelSet models) {
        XmlText x = new XmlText().declaration();
        x.comment("Generated by tradecert schema build. The entry point from which xjc compiles the current version of every document type.");
        x.open("xsd:schema", "xmlns:xsd", XsdGenerator.XSD, "targetNamespace", "urn:tradecert:schema:jaxb-driver",
                "elementFormDefault", "qualified");
        for (ModelModule module : models.documentTypes()) {
            x.empty("xsd:import", "namespace", module.xmlNamespace(), "schemaLocation", SchemaLayout.rootXsd(module));
        }
        x.close("xsd:schema");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** JAXB bindings: one Java package per namespace and java.time types for dates. */
    private static byte[] bindings(ModelSet models) {
        ModelModule common = models.common();
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put(SchemaLayout.xsd(common.id(), common.version(), SchemaLayout.UDT_FILE), "org.tradecert.model.udt.v" + common.major());
        packages.put(SchemaLayout.xsd(common.id(), common.version(), SchemaLayout.QDT_FILE), "org.tradecert.model.qdt.v" + common.major());
        packages.put(SchemaLayout.rootXsd(common), SchemaLayout.javaPackage(common.id(), common.major()));
        common.codeLists().values().forEach(list -> packages.put(SchemaLayout.codeListXsd(common.version(), list),
                "org.tradecert.model.codelist.v" + common.major() + "." + list.id().toLowerCase()));
        for (ModelModule module : models.documentTypes()) {
            packages.put(SchemaLayout.rootXsd(module), javaPackage(module));
        }

        XmlText x = new XmlText().declaration();
        x.comment("Generated by tradecert schema build. JAXB bindings for xjc.");
        x.open("jaxb:bindings", "xmlns:jaxb", "https://jakarta.ee/xml/ns/jaxb", "xmlns:xjc", "http://java.sun.com/xml/ns/jaxb/xjc",
                "xmlns:xsd", XsdGenerator.XSD, "jaxb:extensionBindingPrefixes", "xjc", "version", "3.0");
        x.open("jaxb:globalBindings", "typesafeEnumBase", "xsd:NCName");
        x.empty("xjc:javaType", "name", "java.time.OffsetDateTime", "xmlType", "xsd:dateTime",
                "adapter", "org.tradecert.schema.bind.OffsetDateTimeAdapter");
        x.empty("xjc:javaType", "name", "java.time.LocalDate", "xmlType", "xsd:date",
                "adapter", "org.tradecert.schema.bind.LocalDateAdapter");
        x.close("jaxb:globalBindings");
        for (Map.Entry<String, String> entry : packages.entrySet()) {
            x.open("jaxb:bindings", "schemaLocation", entry.getKey());
            x.open("jaxb:schemaBindings");
            x.empty("jaxb:package", "name", entry.getValue());
            x.close("jaxb:schemaBindings");
            x.close("jaxb:bindings");
        }
        x.close("jaxb:bindings");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Java package of a document type's JAXB classes, e.g. {@code org.tradecert.model.commercialinvoice.v1}. */
    public static String javaPackage(ModelModule module) {
        return SchemaLayout.javaPackage(module.id(), module.major());
    }
}
