package org.tradecert.cli.crosscheck;

import org.tradecert.api.Evidence;
import org.tradecert.api.Finding;
import org.tradecert.api.Location;
import org.tradecert.api.RuleOutcome;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.cli.Cli;
import org.tradecert.cli.FindingText;
import org.tradecert.codelist.CodeListPack;
import org.tradecert.codelist.CodeListRegistry;
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
    /** The transport event types with their names in both languages, from the common model's code list. */
    private final Optional<CodeListPack> eventTypes = CodeListRegistry.builtIn().forList("TransportEventType");

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

    /**
     * Names the issuer by its registered name, or by its organisation id when the registry does
     * not list it, and its role in the reader's language (the role id when the bundle has no name for it).
     */
    String issuer(String organisation, String role) {
        Optional<Participant> participant = registry == null || organisation == null ? Optional.empty() : registry.participant(organisation);
        String name = participant.map(found -> found.name().in(cli.locale())).filter(found -> found != null && !found.isBlank())
                .orElse(organisation == null ? "" : organisation);
        return role == null ? safe(name) : text("crosscheck.issuer", safe(name), safe(named("crosscheck.role." + role, role)));
    }

    String time(TransactionTimeline.Entry entry) {
        if (entry.time() == null) {
            return text("crosscheck.time.unknown");
        }
        return entry.timeKind() == TransactionTimeline.TimeKind.SIGNED
                ? text("crosscheck.time.signed", safe(entry.time())) : safe(entry.time());
    }

    /**
     * Describes the document: its title, or the name of its document type code where one type
     * has several (a booking request and a booking confirmation), and for a transport event the
     * event type's name from the code list with its code.
     */
    String document(TransactionTimeline.Entry entry) {
        String title = documentTitle(entry.documentType());
        if (entry.typeCode() != null) {
            title = named("crosscheck.document." + entry.documentType() + "." + entry.typeCode(), title);
        }
        if (entry.eventCode() == null) {
            return title;
        }
        String code = safe(entry.eventCode());
        String event = eventTypes.flatMap(list -> list.find(entry.eventCode())).map(found -> found.name(cli.locale())).orElse(null);
        return event == null ? text("crosscheck.event.code", title, code) : text("crosscheck.event", title, safe(event), code);
    }

    /** Returns the text under a key of the crosscheck bundle, or the fallback when the bundle has no such key. */
    private String named(String key, String fallback) {
        String text = text(key);
        return text.equals(key) ? fallback : text;
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

    /**
     * Formats one compared value: what it is (a fact name in the reader's words, as {@code validate}
     * shows it), its value, the document it came from, the submission and the position in the document.
     */
    String evidence(Evidence evidence) {
        Location location = evidence.location();
        String submission = location == null || location.submissionId() == null ? "-" : location.submissionId();
        String label = evidence.label() == null ? "" : Messages.fact(cli.locale(), evidence.label());
        return text("crosscheck.evidence", safe(label), safe(evidence.value() == null ? "" : evidence.value()),
                documentName(evidence.documentType()), safe(evidence.documentId() == null ? "" : evidence.documentId()),
                safe(submission), place(location));
    }

    /** Names a document type inside a sentence, as the rule messages do ("packing list"), else by its title. */
    private String documentName(String documentType) {
        String key = "document." + documentType;
        return documentType != null && Messages.has(key) ? Messages.get(cli.locale(), key) : documentTitle(documentType);
    }

    /** Returns the position of a value in its document: an XPath with its line, or a JSON Pointer. */
    String place(Location location) {
        if (location == null) {
            return "";
        }
        if (location.jsonPointer() != null) {
            return safe(location.jsonPointer().isEmpty() ? "/" : location.jsonPointer());
        }
        if (location.xpath() != null) {
            return location.line() == null ? safe(location.xpath()) : text("crosscheck.place.line", safe(location.xpath()), location.line());
        }
        return location.file() == null ? "" : safe(location.file());
    }

    static String safe(String text) {
        return ControlCharacters.escape(text);
    }
}
