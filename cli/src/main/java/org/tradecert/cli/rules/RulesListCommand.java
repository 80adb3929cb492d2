package org.tradecert.cli.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.api.Layer;
import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.TextTable;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.rules.RulePack;
import org.tradecert.schema.catalog.SchemaCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code tradecert rules list}: the rules of the pack, as a table or as JSON for tools. */
@Command(name = "list")
public final class RulesListCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "rules.list.option.type")
    private String type;

    @Option(names = "--layer", paramLabel = "LAYER", descriptionKey = "rules.list.option.layer")
    private String layer;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "rules.list.option.format")
    private String format;

    @Override
    public Integer call() throws Exception {
        Cli cli = cli();
        RuleCatalogue catalogue = RuleCatalogue.standard();
        if (type != null && SchemaCatalog.bundled().current(type).isEmpty()) {
            throw new CliException(ExitCode.USAGE, cli.text("rules.unknownType", type));
        }
        Layer wanted = layer == null ? null : parseLayer(cli, layer);
        List<RuleDefinition> rules = (type == null ? catalogue.rules() : catalogue.forType(type)).stream()
                .filter(rule -> wanted == null || rule.layer() == wanted)
                .toList();

        switch (format) {
            case "json" -> json(cli, catalogue.pack(), rules);
            case "text" -> table(cli, catalogue.pack(), rules);
            default -> throw new CliException(ExitCode.USAGE, cli.text("rules.unknownFormat", format));
        }
        return ExitCode.OK;
    }

    private static Layer parseLayer(Cli cli, String text) {
        String normalised = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(Layer.values())
                .filter(candidate -> candidate.key().equals(normalised) || Integer.toString(candidate.number()).equals(normalised))
                .findFirst()
                .orElseThrow(() -> new CliException(ExitCode.USAGE, cli.text("rules.unknownLayer", text,
                        String.join(", ", Arrays.stream(Layer.values()).map(Layer::key).toList()))));
    }

    private static void table(Cli cli, RulePack pack, List<RuleDefinition> rules) {
        TextTable table = new TextTable(cli.text("rules.column.id"), cli.text("rules.column.layer"), cli.text("rules.column.severity"),
                cli.text("rules.column.types"), cli.text("rules.column.description"));
        for (RuleDefinition rule : rules) {
            table.row(rule.id(), rule.layer().number() + " " + Messages.get(cli.locale(), "report.layer." + rule.layer().key()),
                    Messages.get(cli.locale(), "severity." + rule.severity().label()),
                    rule.documentTypes().isEmpty() ? cli.text("rules.allTypes") : String.join(", ", rule.documentTypes()),
                    Messages.get(cli.locale(), rule.descriptionKey()));
        }
        table.print(cli.out());
        cli.out().println(cli.text("rules.list.summary", rules.size(), pack.name(), pack.version(), pack.digest()));
    }

    private static void json(Cli cli, RulePack pack, List<RuleDefinition> rules) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode packNode = root.putObject("rulePack");
        packNode.put("name", pack.name());
        packNode.put("version", pack.version());
        packNode.put("digest", pack.digest());
        ArrayNode list = root.putArray("rules");
        for (RuleDefinition rule : rules) {
            list.add(RuleJson.of(mapper, rule));
        }
        cli.out().println(mapper.writeValueAsString(root));
    }
}
