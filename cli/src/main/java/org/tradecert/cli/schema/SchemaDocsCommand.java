package org.tradecert.cli.schema;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.HelpOption;
import org.tradecert.i18n.Messages;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.schema.site.Example;
import org.tradecert.schema.site.RuleInfo;
import org.tradecert.schema.site.SiteBuilder;
import org.tradecert.schema.source.ReleaseLocator;
import org.tradecert.schema.source.SchemaLoadException;
import org.tradecert.schema.source.SchemaRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code tradecert schema docs OUT}: the static, bilingual documentation site of a schema tree. */
@Command(name = "docs")
public final class SchemaDocsCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "OUT", descriptionKey = "schema.docs.param.out")
    private Path out;

    @Option(names = "--tree", paramLabel = "DIR", descriptionKey = "schema.governance.option.tree")
    private Path tree;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples/documents/valid", descriptionKey = "schema.docs.option.examples")
    private Path examples;

    @Override
    public Integer call() {
        Cli cli = cli();
        try {
            SchemaRepository repository = ReleaseLocator.repository(tree);
            int files = new SiteBuilder(repository, rules(), examples()).build(out);
            cli.out().println(cli.text("schema.docs.done", files, out.toAbsolutePath().resolve("index.html")));
            return ExitCode.OK;
        } catch (SchemaLoadException e) {
            throw GovernanceOutput.loadFailure(cli, e);
        } catch (IOException e) {
            throw GovernanceOutput.ioFailure(cli, e);
        }
    }

    private static List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            rules.add(new RuleInfo(rule.id(), rule.layer().number() + " " + rule.layer().key(), rule.severity().label(), rule.documentTypes(),
                    Messages.get(Messages.ENGLISH, rule.descriptionKey()), Messages.get(Messages.CHINESE, rule.descriptionKey())));
        }
        return rules;
    }

    /** Collects the example documents named {@code <set>/<type>.xml} and {@code <set>/<type>.json} under the examples folder. */
    private List<Example> examples() throws IOException {
        List<Example> found = new ArrayList<>();
        if (!Files.isDirectory(examples)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(examples, 2)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (!Files.isRegularFile(file) || dot < 0) {
                    continue;
                }
                String syntax = name.substring(dot + 1);
                if (!syntax.equals("xml") && !syntax.equals("json")) {
                    continue;
                }
                String set = examples.relativize(file.getParent()).toString();
                found.add(new Example(name.substring(0, dot), set.isEmpty() ? name : set, syntax, Files.readString(file)));
            }
        }
        return found;
    }
}
