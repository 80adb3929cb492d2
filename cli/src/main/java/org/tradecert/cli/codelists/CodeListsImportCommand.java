package org.tradecert.cli.codelists;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.HsImporter;
import org.tradecert.codelist.ImportException;
import org.tradecert.codelist.PackFiles;
import org.tradecert.codelist.UnLocodeImporter;
import org.tradecert.cli.HelpOption;
import org.tradecert.cli.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

/** {@code tradecert codelists import unlocode|hs PATH}: turns an official distribution into a pack. */
@Command(name = "import")
public final class CodeListsImportCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum Source { unlocode, hs }

    @Parameters(index = "0", paramLabel = "unlocode|hs", descriptionKey = "codelists.import.param.source")
    private Source source;

    @Parameters(index = "1", paramLabel = "PATH", descriptionKey = "codelists.import.param.path")
    private Path path;

    @Option(names = "--version", paramLabel = "VERSION", descriptionKey = "codelists.import.option.version")
    private String version;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "codelists.import.option.encoding")
    private String encoding;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "codelists.import.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        CodeListPack pack;
        try {
            pack = switch (source) {
                case unlocode -> new UnLocodeImporter().importFrom(path, version, charset(cli));
                case hs -> new HsImporter().importFrom(path, version);
            };
        } catch (ImportException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("codelists.import.failed", source, e.getMessage()), e);
        }

        Path directory = out != null ? out : CodeListDirectories.defaultDirectory();
        Path target = directory.resolve(pack.id() + PackFiles.GZIP_SUFFIX);
        try {
            PackFiles.write(pack, target);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", target, Inputs.reason(e)), e);
        }
        cli.out().println(cli.text("codelists.import.done", pack.coordinates(), pack.size(), target, pack.digest()));
        return ExitCode.OK;
    }

    private Charset charset(Cli cli) {
        if (encoding == null) {
            return UnLocodeImporter.defaultCharset();
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CliException(ExitCode.USAGE, cli.text("codelists.import.badEncoding", encoding), e);
        }
    }
}
