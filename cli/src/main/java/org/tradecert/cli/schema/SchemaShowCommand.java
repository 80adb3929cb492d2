package org.tradecert.cli.schema;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.model.DocumentModel;
import org.tradecert.schema.model.Entity;
import org.tradecert.schema.model.Property;
import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** {@code tradecert schema show TYPE}: a document type's element tree, or one of its schema files. */
@Command(name = "show")
public final class SchemaShowCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum View { tree, xsd, json }

    @Parameters(index = "0", paramLabel = "TYPE", descriptionKey = "schema.show.param.type")
    private String type;

    @Option(names = "--version", paramLabel = "VERSION", descriptionKey = "schema.show.option.version")
    private String version;

    @Option(names = "--view", defaultValue = "tree", descriptionKey = "schema.show.option.view")
    private View view;

    @Override
    public Integer call() {
        Cli cli = cli();
        SchemaCatalog catalog = SchemaCatalog.bundled();
        String id = type;
        String wanted = version;
        if (type.contains("@")) {
            id = type.substring(0, type.indexOf('@'));
            wanted = type.substring(type.indexOf('@') + 1);
        }
        String typeId = id;
        if (catalog.current(typeId).filter(r -> !r.common()).isEmpty()) {
            throw new CliException(ExitCode.USAGE, cli.text("schema.unknown", typeId,
                    String.join(", ", catalog.documentTypes().stream().filter(SchemaRelease::current).map(SchemaRelease::id).toList())));
        }
        String releaseVersion = wanted;
        SchemaRelease release = (releaseVersion == null ? catalog.current(typeId) : catalog.find(typeId, releaseVersion))
                .orElseThrow(() -> new CliException(ExitCode.USAGE, cli.text("schema.unknownVersion", releaseVersion, typeId,
                        String.join(", ", catalog.releases().stream().filter(r -> r.id().equals(typeId)).map(SchemaRelease::version).toList()))));

        switch (view) {
            case xsd -> cli.out().print(read(catalog, release.xsd()));
            case json -> cli.out().print(read(catalog, release.json()));
            default -> tree(cli, catalog.model(release), release);
        }
        return ExitCode.OK;
    }

    private static String read(SchemaCatalog catalog, String path) {
        try (InputStream in = catalog.resource(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tree(Cli cli, DocumentModel model, SchemaRelease release) {
        cli.out().println(release.id() + " " + release.version() + " — " + release.title().in(cli.locale()));
        cli.out().println(cli.text("schema.show.identity", release.xmlNamespace(), release.jsonId()));
        cli.out().println();
        Entity root = model.rootEntity();
        cli.out().println(root.name() + "   " + nullToEmpty(root.den()));
        cli.out().println("    " + nullToEmpty(root.definition().in(cli.locale())));
        Set<String> path = new HashSet<>();
        path.add(root.name());
        children(cli, model, root, 1, path);
    }

    private static void children(Cli cli, DocumentModel model, Entity entity, int depth, Set<String> path) {
        String indent = "  ".repeat(depth);
        for (Property property : entity.properties()) {
            String kind = property.typeName() + (property.codeList() == null ? "" : " [" + property.codeList() + "]")
                    + (property.schemeList() == null ? "" : " [" + property.schemeList() + "]");
            cli.out().println(indent + property.xmlName() + " (" + property.jsonName() + ")  " + property.cardinality() + "  " + kind
                    + (property.deprecation() == null ? "" : "  " + cli.text("schema.show.deprecated", property.deprecation().since())));
            cli.out().println(indent + "    " + nullToEmpty(property.den()));
            cli.out().println(indent + "    " + nullToEmpty(property.definition().in(cli.locale())));
            if (property.aggregate() && path.add(property.typeName())) {
                children(cli, model, model.entity(property.typeName()), depth + 1, path);
                path.remove(property.typeName());
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
