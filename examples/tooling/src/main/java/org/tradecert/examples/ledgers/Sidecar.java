package org.tradecert.examples.ledgers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.document.DocumentSyntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The sidecar {@code expect.yaml} of a seeded ledger: what it breaks, which checks must report
 * it, which submission breaks it and who submitted it, and the exit codes of
 * {@code tradecert validate}. Strings are written as JSON strings, which YAML reads as
 * double-quoted scalars, so no text can break the file.
 */
public final class Sidecar {

    public static final String FILE = "expect.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecar() {
    }

    static void write(Path file, Variant variant, DocumentSyntax syntax, SeededLedgers.Culprit culprit) throws IOException {
        Variant.Expectation expected = variant.expected();
        String text = "# What this seeded ledger breaks and what tradecert validate must report. Written by\n"
                + "# examples/ledgers/regenerate.sh (org.tradecert.examples.ledgers.SeededVariants); change the variant there.\n"
                + "breaks:\n"
                + "  en: " + quoted(variant.breaks().en()) + "\n"
                + "  zh: " + quoted(variant.breaks().zh()) + "\n"
                + "shipment: " + variant.shipment().folder() + "\n"
                + "documents: " + syntax.name().toLowerCase(Locale.ROOT) + "\n"
                + "layer: " + expected.layer().key() + "\n"
                + "rules: " + list(expected.rules()) + "\n"
                + "mayAlsoReport: " + list(expected.mayAlsoReport()) + "\n"
                + "submission:\n"
                + "  id: " + quoted(culprit.submissionId()) + "\n"
                + "  type: " + culprit.documentType() + "\n"
                + "  number: " + quoted(culprit.documentId()) + "\n"
                + "  version: " + culprit.version() + "\n"
                + "  block: " + culprit.block() + "\n"
                + "  organisation: " + quoted(culprit.organisation()) + "\n"
                + "  role: " + culprit.role() + "\n"
                + "exit:\n"
                + "  default: " + expected.exit() + "\n"
                + "  failOnWarning: " + expected.exitOnWarning() + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    private static String quoted(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }
}
