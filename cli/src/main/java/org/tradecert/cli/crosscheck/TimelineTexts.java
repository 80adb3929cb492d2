package org.tradecert.cli.crosscheck;

import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Location;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.cli.Cli;
import org.tradecert.cli.FindingText;
import org.tradecert.i18n.Messages;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Participant;
import org.tradecert.report.ControlCharacters;
import org.tradecert.rules.RuleCatalogue;
import org.tradecert.rules.RuleDefinition;
import org.tradecert.schema.catalog.SchemaCatalog;
import org.tradecert.schema.catalog.SchemaRelease;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the crosscheck view in the run's language: document titles from the schema
 * catalogue, issuers from the network registry, and labels, messages and reasons from the
 * bundles. Text that came from a document or the ledger has its control characters escaped,
 * so it cannot move a terminal's cursor. Each writer escapes for its own syntax on top.
 */
final class TimelineTexts {

    private final Cli cli;
    private final NetworkRegistry registry;
    private final RuleCatalogue catalogue;
    private final Map<String, String> titles = new HashMap<>();

    /**
     * @param registry the registry of the ledger's network, for the names of the issuers; null when it could not be read
     */
    TimelineTexts(Cli cli, NetworkRegistry registry, RuleCatalogue catalogue) {
        this.cli = cli;
        this.registry = registry;
        this.catalogue = catalogue;
        for (SchemaRelease release : SchemaCatalog.bundled().documentTypes()) {
            titles.putIfAbsent(release.id(), release.title().in(cli.locale()));
        }
    }

    /** Returns the BCP 47 tag of the output language: {@code en} or {@code zh-CN}. */
    String languageTag() {
        return Messages.CHINESE.equals(cli.locale()) ? "zh-CN" : "en";
    }

    String text(String key, Object... arguments) {
        return cli.text(key, arguments);
    }

    /** Returns the document type's title, e.g. "Commercial invoice", or the type id when the catalogue has no such type. */
    String documentTitle(String documentType) {
        return documentType == null ? "" : titles.getOrDefault(documentType, safe(documentType));
    }

    /** Names the issuer by its registered name and role, or by its organisation id when the registry does not list it. */
    String issuer(String organisation, String role) {
        Optional<Participant> participant = registry == null || organisation == null ? Optional.empty() : registry.participant(organisation);
        String name = participant.map(found -> found.name().in(cli.locale())).filter(found -> found != null && !found.isBlank())
                .orElse(organisation == null ? "" : organisation);
        return role == null ? safe(name) : text("crosscheck.issuer", safe(name), safe(role));
    }

    String time(TransactionTimeline.Entry entry) {
        if (entry.time() == null) {
            return text("crosscheck.time.unknown");
        }
        return entry.timeKind() == TransactionTimeline.TimeKind.SIGNED
                ? text("crosscheck.time.signed", safe(entry.time())) : safe(entry.time());
    }

    /** Describes the document: its title, and the event type for a transport event. */
    String document(TransactionTimeline.Entry entry) {
        String title = documentTitle(entry.documentType());
        return entry.eventCode() == null ? title : title + " " + safe(entry.eventCode());
    }

    /** Returns the document number with its version when it is not the first, and a mark when a later version replaced it. */
    String number(TransactionTimeline.Entry entry) {
        String number = safe(entry.documentId() == null ? "" : entry.documentId());
        if (entry.version() > 1) {
            number = text("crosscheck.version", number, entry.version());
        }
        return entry.superseded() ? text("crosscheck.superseded", number) : number;
    }

    String outcome(RuleOutcome.Status status) {
        return Messages.get(cli.locale(), "report.outcome." + status.label());
    }

    String verdict(Verdict verdict) {
        return Messages.get(cli.locale(), "report.verdict." + verdict.label());
    }

    String severity(Severity severity) {
        return FindingText.severity(severity, cli.locale());
    }

    String message(Finding finding) {
        return safe(FindingText.message(finding, cli.locale()));
    }

    /** Returns the reason of a not-applicable or failed outcome in the reader's language, or null when it has none. */
    String reason(RuleOutcome outcome) {
        if (outcome.reasonKey() == null) {
            return null;
        }
        List<String> arguments = outcome.reasonArguments();
        if (Messages.has(outcome.reasonKey())) {
            return safe(Messages.get(cli.locale(), outcome.reasonKey(), arguments.toArray()));
        }
        return safe(arguments.isEmpty() ? outcome.reasonKey() : outcome.reasonKey() + ": " + String.join("; ", arguments));
    }

    /** Returns the rule's description, or null when the bundles have none. */
    String description(String ruleId) {
        Optional<RuleDefinition> rule = catalogue.find(ruleId);
        return rule.isPresent() && Messages.has(rule.get().descriptionKey()) ? Messages.get(cli.locale(), rule.get().descriptionKey()) : null;
    }

    /** Formats one compared value: its label and value, the document it came from, the submission and the position in the document. */
    String evidence(Evidence evidence) {
        Location location = evidence.location();
        String submission = location == null || location.submissionId() == null ? "-" : location.submissionId();
        return text("crosscheck.evidence", safe(evidence.label()), safe(evidence.value() == null ? "" : evidence.value()),
                documentTitle(evidence.documentType()), safe(evidence.documentId() == null ? "" : evidence.documentId()),
                safe(submission), safe(place(location)));
    }

    /** Returns the position of a value in its document: an XPath with its line, or a JSON Pointer. */
    static String place(Location location) {
        if (location == null) {
            return "";
        }
        if (location.jsonPointer() != null) {
            return location.jsonPointer().isEmpty() ? "/" : location.jsonPointer();
        }
        if (location.xpath() != null) {
            return location.line() == null ? location.xpath() : location.xpath() + ":" + location.line();
        }
        return location.file() == null ? "" : location.file();
    }

    static String safe(String text) {
        return ControlCharacters.escape(text);
    }
}
