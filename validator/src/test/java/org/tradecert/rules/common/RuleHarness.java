package org.tradecert.rules.common;

import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.engine.Validator;
import org.tradecert.rules.DocumentRule;
import org.tradecert.rules.airwaybill.AirWaybillRules;
import org.tradecert.rules.booking.BookingRules;
import org.tradecert.rules.event.TransportEventRules;
import org.tradecert.rules.packing.PackingListRules;
import org.tradecert.rules.seatransport.SeaTransportDocumentRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole validation engine on a valid example document, as written or after text edits,
 * so each rule test starts from a real document that passes every layer and breaks one thing.
 */
public final class RuleHarness {

    /** One engine for all tests; the time limit is generous because a test must not fail on a slow machine. */
    private static final Validator VALIDATOR = Validator.builder().threads(1).timeout(Duration.ofMinutes(5)).build();

    private RuleHarness() {
    }

    /** A text edit of an example document, which fails the test when the text it edits is not there. */
    @FunctionalInterface
    public interface Edit {

        String apply(String text, String example);

        /** Replaces the first appearance of {@code from}. */
        static Edit replace(String from, String to) {
            return replace(from, to, 1);
        }

        /** Replaces the {@code occurrence}-th (from 1) appearance of {@code from}. */
        static Edit replace(String from, String to, int occurrence) {
            return (text, example) -> {
                int at = -1;
                for (int i = 0; i < occurrence; i++) {
                    at = text.indexOf(from, at + 1);
                    assertThat(at).as("occurrence %d of '%s' in %s", occurrence, from, example).isGreaterThanOrEqualTo(0);
                }
                return text.substring(0, at) + to + text.substring(at + from.length());
            };
        }

        /** Removes the first element named {@code qualifiedName}, such as {@code std:ConsigneeTradeParty}, with its content and indentation. */
        static Edit remove(String qualifiedName) {
            return replaceElement(qualifiedName, "");
        }

        /** Replaces the first element named {@code qualifiedName} with its content by {@code replacement}. */
        static Edit replaceElement(String qualifiedName, String replacement) {
            Pattern element = Pattern.compile("\\n\\s*<" + Pattern.quote(qualifiedName) + "( [^>]*)?>.*?</" + Pattern.quote(qualifiedName) + ">",
                    Pattern.DOTALL);
            return (text, example) -> {
                Matcher found = element.matcher(text);
                assertThat(found.find()).as("element %s in %s", qualifiedName, example).isTrue();
                String inserted = replacement.isEmpty() ? "" : "\n" + replacement;
                return text.substring(0, found.start()) + inserted + text.substring(found.end());
            };
        }
    }

    /** Lists every rule of the transport and shared families. */
    public static List<DocumentRule<?>> transportRules() {
        List<DocumentRule<?>> rules = new ArrayList<>();
        rules.addAll(CommonRules.all());
        rules.addAll(BookingRules.all());
        rules.addAll(PackingListRules.all());
        rules.addAll(SeaTransportDocumentRules.all());
        rules.addAll(AirWaybillRules.all());
        rules.addAll(TransportEventRules.all());
        return rules;
    }

    public static Set<String> transportRuleIds() {
        return transportRules().stream().map(rule -> rule.definition().id()).collect(Collectors.toSet());
    }

    /** Resolves a valid example, such as {@code sea/sea-transport-document.xml}. */
    public static Path validExample(String relative) {
        return ProjectPaths.examples().resolve("documents/valid").resolve(relative);
    }

    /** Validates a file as it is. */
    public static DocumentResult validate(Path file) {
        try {
            return VALIDATOR.validate(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a valid example after the edits, and checks that the edits left it schema-valid. */
    public static DocumentResult validateEdited(String example, Edit... edits) {
        Path file = validExample(example);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Edit edit : edits) {
            text = edit.apply(text, example);
        }
        DocumentResult result = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), file.getFileName().toString());
        assertThat(result.layer(Layer.SCHEMA).status()).as("schema layer of the edited " + example + ": " + result.findings())
                .isEqualTo(LayerStatus.VALID);
        assertThat(result.layer(Layer.DOCUMENT_RULES).status()).as("document rules layer of the edited " + example)
                .isIn(LayerStatus.VALID, LayerStatus.INVALID);
        return result;
    }

    /** Selects the findings of one rule. */
    public static List<Finding> findings(DocumentResult result, String ruleId) {
        return result.findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }

    /** Selects the findings of the transport and shared rules. */
    public static List<Finding> transportFindings(DocumentResult result) {
        Set<String> ids = transportRuleIds();
        return result.findings().stream().filter(finding -> ids.contains(finding.ruleId())).toList();
    }
}
