package org.tradecert.cli.schema;

import org.tradecert.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tradecert schema}: the standard's document types and their schemas. */
@Command(name = "schema",
        subcommands = {SchemaListCommand.class, SchemaShowCommand.class, SchemaBuildCommand.class, SchemaDiffCommand.class,
                SchemaReleaseCheckCommand.class, SchemaLintCommand.class, SchemaDocsCommand.class})
public final class SchemaCommand {

    @Mixin
    private HelpOption help;
}
