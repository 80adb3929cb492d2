package org.tradecert.cli.codelists;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.codelist.CodeEntry;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code tradecert codelists lookup LIST CODE...}: tells whether codes belong to a list and what they name. */
@Command(name = "lookup", mixinStandardHelpOptions = true)
public final class CodeListsLookupCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "LIST", descriptionKey = "codelists.lookup.param.list")
    private String list;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CODE", descriptionKey = "codelists.lookup.param.code")
    private List<String> codes;

    @Option(names = "--codelists", paramLabel = "DIR", descriptionKey = "option.codelists")
    private Path codelists;

    @Override
    public Integer call() {
        Cli cli = cli();
        CodeListRegistry registry;
        try {
            registry = CodeListRegistry.withImports(CodeListDirectories.search(codelists));
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCode.CONFIGURATION, cli.text("codelists.unreadable", e.getMessage()), e);
        }
        CodeListPack pack = find(registry).orElseThrow(() -> new CliException(ExitCode.USAGE, cli.text("codelists.lookup.unknownList", list,
                String.join(", ", registry.packs().stream().map(CodeListPack::list).toList()))));

        cli.out().println(cli.text("codelists.lookup.pack", pack.list(), pack.coordinates(), pack.size(),
                cli.text(pack.complete() ? "codelists.complete.yes" : "codelists.complete.no")));
        boolean allFound = true;
        for (String code : codes) {
            String lookup = pack.list().equals("HS2022") && code.length() > 6 ? code.substring(0, 6) : code;
            Optional<CodeEntry> entry = pack.find(lookup);
            if (entry.isPresent()) {
                cli.out().println("  " + cli.text("codelists.lookup.found", code, entry.get().name() == null ? "" : entry.get().name()));
            } else {
                allFound = false;
                cli.out().println("  " + cli.text(pack.complete() ? "codelists.lookup.missing" : "codelists.lookup.missingPartial", code));
            }
        }
        return allFound ? ExitCode.OK : ExitCode.NON_CONFORMANT;
    }

    /** Finds a pack by the model's list id (UNLOCODE) or the pack id (unlocode), ignoring case. */
    private Optional<CodeListPack> find(CodeListRegistry registry) {
        String wanted = list.toLowerCase(Locale.ROOT);
        return registry.packs().stream()
                .filter(p -> p.list().toLowerCase(Locale.ROOT).equals(wanted) || p.id().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
