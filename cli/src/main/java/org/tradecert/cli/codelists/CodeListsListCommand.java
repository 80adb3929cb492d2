package org.tradecert.cli.codelists;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.ExitCode;
import org.tradecert.cli.TextTable;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code tradecert codelists list}: the packs in use, with version, size, completeness and digest. */
@Command(name = "list")
public final class CodeListsListCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Option(names = "--codelists", paramLabel = "DIR", descriptionKey = "option.codelists")
    private Path codelists;

    @Override
    public Integer call() {
        Cli cli = cli();
        CodeListRegistry registry = CodeListDirectories.registry(cli, codelists);
        TextTable table = new TextTable(cli.text("codelists.column.list"), cli.text("codelists.column.pack"),
                cli.text("codelists.column.version"), cli.text("codelists.column.codes"), cli.text("codelists.column.complete"),
                cli.text("codelists.column.digest"), cli.text("codelists.column.name"));
        for (CodeListPack pack : registry.packs()) {
            table.row(pack.list(), pack.id(), pack.version(), Integer.toString(pack.size()),
                    cli.text(pack.complete() ? "codelists.complete.yes" : "codelists.complete.no"),
                    pack.digest().substring(0, 16), pack.name().in(cli.locale()));
        }
        table.print(cli.out());
        cli.out().println(cli.text("codelists.list.directory", CodeListDirectories.defaultDirectory()));
        return ExitCode.OK;
    }
}
