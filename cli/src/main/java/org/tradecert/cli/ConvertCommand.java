package org.tradecert.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.binding.ConversionException;
import org.tradecert.binding.DocumentCodec;
import org.tradecert.document.DocumentReader;
import org.tradecert.document.DocumentSyntax;
import org.tradecert.document.SchemaViolation;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.generate.JsonText;
import org.tradecert.xml.XmlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code tradecert convert FILE --to json|xml}: writes a document's twin in the other syntax. */
@Command(name = "convert")
public final class ConvertCommand extends BaseCommand {

    @Mixin
    private HelpOption help;

    enum Target { json, xml }

    @Parameters(index = "0", paramLabel = "FILE|-", descriptionKey = "convert.param.file")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "json|xml", descriptionKey = "convert.option.to")
    private Target to;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "convert.option.out")
    private Path out;

    @Option(names = "--type", paramLabel = "TYPE[@VERSION]", descriptionKey = "option.type")
    private String type;

    @Option(names = "--allow-invalid", descriptionKey = "convert.option.allowInvalid")
    private boolean allowInvalid;

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Integer call() {
        Cli cli = cli();
        boolean standardInput = "-".equals(file.toString());
        if (out != null && !standardInput && Files.exists(out) && sameFile(out, file)) {
            throw new CliException(ExitCode.USAGE, cli.text("convert.outIsInput", out));
        }
        byte[] bytes = standardInput ? Inputs.readStandardInput(cli) : Inputs.read(cli, file);
        DocumentReader reader = new DocumentReader(SchemaCatalog.bundled());
        DocumentReader.Result read = reader.read(bytes, file.toString(), type, cli.locale(), false);

        if (read.problem() != null) {
            int code = read.problem().kind() == DocumentReader.ProblemKind.TYPE_UNKNOWN ? ExitCode.USAGE : ExitCode.NON_CONFORMANT;
            throw new CliException(code, cli.text("convert.notRead", Problems.place(file.toString(), read.problem()),
                    Problems.describe(cli, read.problem())));
        }
        DocumentSyntax source = read.syntax();
        if ((source == DocumentSyntax.XML && to == Target.xml) || (source == DocumentSyntax.JSON && to == Target.json)) {
            throw new CliException(ExitCode.USAGE, cli.text("convert.sameSyntax", file, to));
        }
        if (!read.violations().isEmpty()) {
            cli.err().println(cli.text(allowInvalid ? "convert.invalidConverted" : "convert.invalid", file, read.release().schemaId(),
                    read.violations().size()));
            for (SchemaViolation violation : read.violations()) {
                cli.err().println("  " + violation.location() + ": " + violation.message());
            }
            if (!allowInvalid) {
                return ExitCode.NON_CONFORMANT;
            }
        }

        DocumentCodec codec = new DocumentCodec(reader.catalog().model(read.release()), read.release());
        byte[] converted;
        try {
            if (to == Target.json) {
                ObjectNode json = codec.toJson(read.dom().getDocumentElement());
                converted = JsonText.write(json).getBytes(StandardCharsets.UTF_8);
            } else {
                converted = XmlWriter.write(codec.toXml(read.json()));
            }
        } catch (ConversionException e) {
            cli.err().println(cli.text("convert.failed", file));
            e.problems().forEach(problem -> cli.err().println("  " + problem));
            return ExitCode.NON_CONFORMANT;
        }

        if (out == null) {
            cli.out().print(new String(converted, StandardCharsets.UTF_8));
            cli.out().flush();
        } else {
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                Files.write(out, converted);
            } catch (IOException e) {
                throw new CliException(ExitCode.INPUT_OUTPUT, cli.text("io.cannotWrite", out, Inputs.reason(e)), e);
            }
            cli.err().println(cli.text("convert.written", out, read.release().schemaId()));
        }
        return ExitCode.OK;
    }
}
