package org.tradecert.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads times given on the command line: RFC 3339 with an offset, or a calendar date meaning midnight UTC. */
public final class Times {

    private Times() {
    }

    public static Instant parse(Cli cli, String option, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw new CliException(ExitCode.USAGE, cli.text("time.invalid", option, text), again);
            }
        }
    }
}
