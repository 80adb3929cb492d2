package org.tradecert.cli.schema;

import org.tradecert.cli.BaseCommand;
import org.tradecert.cli.Cli;
import org.tradecert.cli.CliException;
import org.tradecert.cli.ExitCode;
import org.tradecert.schema.generate.SchemaBuild;
import org.tradecert.schema.model.ModelException;
import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code tradecert schema build}: generates the XML Schema and JSON Schema sets from the model files. */
@Command(name = "build")
public final class SchemaBuildCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    @Option(names = "--model", paramLabel = "DIR", defaultValue = "schemas/model", descriptionKey = "schema.build.option.model")
    private Path model;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "schemas/src/main/resources/org/tradecert/schemas",
            descriptionKey = "schema.build.option.out")
    private Path out;

    @Override
    public Integer call() {
        Cli cli = cli();
        if (!Files.isDirectory(model)) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("schema.build.noModel", model.toAbsolutePath()));
        }
        try {
            SchemaBuild.Result result = new SchemaBuild().write(model, out);
            if (!result.problems().isEmpty()) {
                cli.err().println(cli.text("schema.build.released"));
                result.problems().forEach(problem -> cli.err().println("  " + problem));
                return ExitCode.CONFIGURATION;
            }
            cli.out().println(cli.text("schema.build.done", result.files().size(), out.toAbsolutePath()));
            return ExitCode.OK;
        } catch (ModelException e) {
            cli.err().println(cli.text("schema.build.invalidModel"));
            e.problems().forEach(problem -> cli.err().println("  " + problem));
            return ExitCode.CONFIGURATION;
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.error", e.getMessage()), e);
        }
    }
}
