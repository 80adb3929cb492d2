package org.tradecert.cli.schema;

import picocli.CommandLine.Command;

/** {@code tradecert schema}: the standard's document types and their schemas. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        subcommands = {SchemaListCommand.class, SchemaShowCommand.class, SchemaBuildCommand.class})
public final class SchemaCommand {
}
