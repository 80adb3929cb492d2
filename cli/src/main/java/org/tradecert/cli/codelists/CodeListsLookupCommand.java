package org.tradecert.cli.codelists;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.codelist.CodeCheck;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.schema.model.CodeList;
import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code tradecert codelists lookup LIST CODE...}: tells whether codes belong to a list and what they name. */
@Command(name = "lookup")
public final class CodeListsLookupCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "LIST", descriptionKey = "codelists.lookup.param.list")
    private String list;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CODE", descriptionKey = "codelists.lookup.param.code")
    private List<String> codes;

    @Option(names = "--codelists", paramLabel = "DIR", descriptionKey = "option.codelists")
    private Path codelists;

    @Override
    public Integer call() {
        Cli cli = cli();
        CodeListRegistry registry = CodeListDirectories.registry(cli, codelists);
        Map<String, CodeList> lists = CodeListRegistry.modelLists();
        Optional<CodeListPack> pack = find(registry);
        CodeList modelList = pack.map(p -> lists.get(p.list())).orElseGet(() -> lists.values().stream()
                .filter(l -> l.id().equalsIgnoreCase(list)).findFirst().orElse(null));
        if (modelList == null) {
            throw new CliException(ExitCode.USAGE, cli.text("codelists.lookup.unknownList", list, String.join(", ", lists.keySet())));
        }

        if (pack.isPresent()) {
            cli.out().println(cli.text("codelists.lookup.pack", modelList.id(), pack.get().coordinates(), pack.get().size(),
                    cli.text(pack.get().complete() ? "codelists.lookup.completeList" : "codelists.lookup.selection")));
        } else {
            cli.out().println(cli.text("codelists.lookup.formOnly", modelList.id(), modelList.pattern()));
        }
        int exit = ExitCode.OK;
        for (String code : codes) {
            CodeCheck.Result result = CodeCheck.check(modelList, pack.orElse(null), code);
            String name = result.entry() == null || result.entry().name(cli.locale()) == null ? "" : result.entry().name(cli.locale());
            String line = switch (result.outcome()) {
                case FOUND -> cli.text("codelists.lookup.found", code, name);
                case MARKED_FOR_DELETION -> cli.text("codelists.lookup.deleted", code, name);
                case FORM_ONLY -> cli.text("codelists.lookup.wellFormed", code);
                case INVALID_FORM -> cli.text("codelists.lookup.badForm", code, modelList.binding() == CodeList.Binding.PATTERN
                        ? modelList.pattern() : String.join(", ", modelList.values().stream().map(CodeList.CodeValue::code).toList()));
                case NOT_FOUND -> cli.text("codelists.lookup.missing", code);
                case NOT_IN_SELECTION -> cli.text("codelists.lookup.missingPartial", code);
            };
            cli.out().println("  " + line);
            if (result.outcome() == CodeCheck.Outcome.NOT_IN_SELECTION && exit == ExitCode.OK) {
                exit = ExitCode.INCOMPLETE;
            }
            if (result.outcome() == CodeCheck.Outcome.NOT_FOUND || result.outcome() == CodeCheck.Outcome.INVALID_FORM) {
                exit = ExitCode.NON_CONFORMANT;
            }
        }
        return exit;
    }

    /** Finds a pack by the model's list id (UNLOCODE) or the pack id (unlocode), ignoring case. */
    private Optional<CodeListPack> find(CodeListRegistry registry) {
        String wanted = list.toLowerCase(Locale.ROOT);
        return registry.packs().stream()
                .filter(p -> p.list().toLowerCase(Locale.ROOT).equals(wanted) || p.id().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
