package org.tradecert.cli.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.TextTable;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;
import org.tradecert.schema.generate.JsonText;
import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code tradecert schema list}: every document type and version bundled, with its XML Schema and JSON Schema. */
@Command(name = "list")
public final class SchemaListCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "option.format.textJson")
    private Format format;

    @Option(names = "--all", descriptionKey = "schema.list.option.all")
    private boolean all;

    @Override
    public Integer call() {
        Cli cli = cli();
        List<SchemaRelease> releases = SchemaCatalog.bundled().documentTypes().stream()
                .filter(release -> all || release.current())
                .toList();
        if (format == Format.json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (SchemaRelease release : releases) {
                ObjectNode node = list.addObject();
                node.put("type", release.id());
                node.put("version", release.version());
                node.put("status", release.status());
                node.put("title", release.title().in(cli.locale()));
                node.put("xmlNamespace", release.xmlNamespace());
                node.put("xmlSchema", release.xsd());
                node.put("jsonSchema", release.jsonId());
            }
            cli.out().print(JsonText.write(list));
            return ExitCode.OK;
        }

        TextTable table = new TextTable(cli.text("schema.list.column.type"), cli.text("schema.list.column.version"),
                cli.text("schema.list.column.status"), cli.text("schema.list.column.title"),
                cli.text("schema.list.column.xsd"), cli.text("schema.list.column.json"));
        for (SchemaRelease release : releases) {
            table.row(release.id(), release.version(), cli.text("schema.status." + release.status()),
                    release.title().in(cli.locale()), release.xsd(), release.json());
        }
        table.print(cli.out());
        cli.out().println(cli.text("schema.list.summary", releases.size()));
        return ExitCode.OK;
    }
}
