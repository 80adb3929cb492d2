package org.tradecert.conformance.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.api.Finding;
import org.tradecert.api.Severity;
import org.tradecert.api.Verdict;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.conformance.Certification;
import org.tradecert.conformance.CertificationException;
import org.tradecert.conformance.CertificationRequest;
import org.tradecert.conformance.Certifier;
import org.tradecert.conformance.Role;
import org.tradecert.conformance.RuleResult;
import org.tradecert.conformance.ScenarioResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.conformance.Text;
import org.tradecert.envelope.EnvelopeRules;
import org.tradecert.envelope.SubmissionVerifier;
import org.tradecert.i18n.Messages;
import org.tradecert.registry.CertificateCheck;
import org.tradecert.registry.CertificateValidator;
import org.tradecert.registry.NetworkRegistry;

import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies a conformance certificate offline: its form and signature, its validity period and
 * the signer's certificate chain against the network's trust anchors or those given. Given the
 * submissions, it also checks that re-running the suite over them yields the same core byte for
 * byte, with the certificate's own issue and expiry times. Every difference is reported by name: the
 * submission whose statement digest changed or went missing, the scenario whose result changed
 * and the rule and submission behind it, or the tool, suite or rule pack that differs.
 */
public final class CertificateVerifier {

    /** The outcome of one check. {@code NOT_CHECKED} means the input it needs was not given or an earlier check failed. */
    public enum Status {
        OK, FAILED, NOT_CHECKED
    }

    /** One check with its outcome and the texts that explain it. */
    public record Check(String name, Status status, List<Text> details) {

        public Check {
            details = List.copyOf(details);
        }
    }

    /**
     * What to verify against.
     *
     * @param registry     the network registry whose trust anchors the signer must chain to; null for the submissions' own, if given
     * @param trustAnchors further trusted certificates, for a certifying authority outside the network
     * @param crls         revocation lists of those authorities; without one, their certificates' revocation is unknown and fails the check
     * @param at           the time the certificate must be valid at
     * @param submissions  the submissions to re-run the suite over; null to skip the re-run
     * @param codeLists    the code-list packs for the re-run; null for the bundled ones
     */
    public record Options(NetworkRegistry registry, List<X509Certificate> trustAnchors, List<X509CRL> crls, Instant at,
                          Path submissions, CodeListRegistry codeLists) {

        public Options {
            trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
            crls = crls == null ? List.of() : List.copyOf(crls);
        }
    }

    /**
     * The result of a verification.
     *
     * @param certificate the certificate, when its form and signature hold; else null
     * @param rerun       the re-run's certification, when one ran; else null
     */
    public record Report(ConformanceCertificate certificate, List<Check> checks, Certification rerun) {

        public Report {
            checks = List.copyOf(checks);
        }

        public boolean failed() {
            return checks.stream().anyMatch(check -> check.status() == Status.FAILED);
        }

        /** True when no check failed but the signer could not be checked against any trust anchor. */
        public boolean untrusted() {
            return !failed() && checks.stream().anyMatch(check -> check.name().equals(SIGNER) && check.status() == Status.NOT_CHECKED);
        }
    }

    /** Rules named per changed scenario; the re-run's failed rules come first. */
    private static final int MAX_CAUSES = 3;

    public static final String FORM = "form";
    public static final String VALIDITY = "validity";
    public static final String SIGNER = "signer";
    public static final String RERUN = "rerun";

    /** The checks in the order they run and are printed. */
    private static final List<String> CHECKS = List.of(FORM, VALIDITY, SIGNER, RERUN);

    public Report verify(byte[] file, Options options) {
        List<Check> checks = new ArrayList<>();
        ConformanceCertificate certificate;
        try {
            certificate = ConformanceCertificate.read(file);
        } catch (CertificateException e) {
            checks.add(new Check(FORM, Status.FAILED, List.of(e.text())));
            notChecked(checks, Text.of("verify.notChecked.form"));
            return new Report(null, checks, null);
        }
        checks.add(new Check(FORM, Status.OK, List.of(Text.of("verify.formOk", certificate.algorithm().jwsName()))));

        Instant issuedAt;
        Instant expiresAt;
        try {
            issuedAt = certificate.issuedAt();
            expiresAt = certificate.expiresAt();
        } catch (CertificateException e) {
            checks.add(new Check(VALIDITY, Status.FAILED, List.of(e.text())));
            notChecked(checks, Text.of("verify.notChecked.times"));
            return new Report(certificate, checks, null);
        }
        checks.add(validity(issuedAt, expiresAt, options.at()));

        Certification rerun = null;
        NetworkRegistry registry = options.registry();
        Check rerunCheck = null;
        if (options.submissions() != null) {
            RerunOutcome outcome = rerun(certificate.core(), issuedAt, expiresAt, options);
            rerun = outcome.certification();
            rerunCheck = outcome.check();
            if (registry == null && outcome.registry() != null) {
                registry = outcome.registry();
            }
        }
        checks.add(signer(certificate, registry, options.trustAnchors(), options.crls(), issuedAt));
        checks.add(rerunCheck != null ? rerunCheck : new Check(RERUN, Status.NOT_CHECKED, List.of(Text.of("verify.rerunSkipped"))));
        return new Report(certificate, checks, rerun);
    }

    /** Adds each check that did not run as NOT_CHECKED with the reason, so every check is reported. */
    private static void notChecked(List<Check> checks, Text reason) {
        Set<String> done = new HashSet<>();
        checks.forEach(check -> done.add(check.name()));
        for (String name : CHECKS) {
            if (!done.contains(name)) {
                checks.add(new Check(name, Status.NOT_CHECKED, List.of(reason)));
            }
        }
    }

    private static Check validity(Instant issuedAt, Instant expiresAt, Instant at) {
        if (at.isBefore(issuedAt)) {
            return new Check(VALIDITY, Status.FAILED, List.of(Text.of("verify.notYetValid", issuedAt, at)));
        }
        if (at.isAfter(expiresAt)) {
            return new Check(VALIDITY, Status.FAILED, List.of(Text.of("verify.expired", expiresAt, at)));
        }
        return new Check(VALIDITY, Status.OK, List.of(Text.of("verify.valid", issuedAt, expiresAt)));
    }

    /** The signer's chain at the issue time, against the network's anchors and the ones given. */
    private static Check signer(ConformanceCertificate certificate, NetworkRegistry registry, List<X509Certificate> extra,
                                List<X509CRL> extraCrls, Instant issuedAt) {
        List<TrustAnchor> anchors = new ArrayList<>();
        if (registry != null) {
            anchors.addAll(registry.trustAnchors());
        }
        extra.forEach(anchor -> anchors.add(new TrustAnchor(anchor, null)));
        X509Certificate signer = certificate.signer();
        String organisation = SubmissionVerifier.organisationIdentifier(signer);
        String participant = certificate.core().path("participant").path("organisation").asText("");
        Text who = Objects.equals(organisation, participant)
                ? Text.of("verify.selfCertified", ConformanceCertificate.subject(signer))
                : Text.of("verify.authorityCertified", ConformanceCertificate.subject(signer), String.valueOf(organisation));
        if (anchors.isEmpty()) {
            return new Check(SIGNER, Status.NOT_CHECKED, List.of(who, Text.of("verify.noTrustAnchor")));
        }
        List<X509CRL> crls = new ArrayList<>(registry == null ? List.of() : registry.crls());
        crls.addAll(extraCrls);
        // The validator reads only the trust anchors and revocation lists of the registry it is given.
        NetworkRegistry trust = new NetworkRegistry(registry == null ? null : registry.chainId(), registry == null ? null : registry.channel(),
                null, false, registry == null ? null : registry.policy(), anchors, crls, List.of(), null, null);
        CertificateCheck check = new CertificateValidator(trust).validate(certificate.chain(), issuedAt);
        if (!check.ok()) {
            return new Check(SIGNER, Status.FAILED, List.of(who, Text.of("verify.signerRejected",
                    check.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), String.valueOf(check.detail()))));
        }
        return new Check(SIGNER, Status.OK, List.of(who, Text.of(anchors.size() == 1 ? "verify.signerTrusted.one" : "verify.signerTrusted",
                anchors.size())));
    }

    private record RerunOutcome(Check check, Certification certification, NetworkRegistry registry) {
    }

    /** Certifies again with the certificate's participant, role and threshold, and compares the cores. */
    private static RerunOutcome rerun(ObjectNode core, Instant issuedAt, Instant expiresAt, Options options) {
        JsonNode participant = core.path("participant");
        Role role = Role.byId(participant.path("role").asText("")).orElse(null);
        if (role == null) {
            return new RerunOutcome(new Check(RERUN, Status.FAILED, List.of(Text.of("verify.unknownRole", participant.path("role").asText("")))),
                    null, null);
        }
        Severity threshold;
        try {
            threshold = Severity.parse(core.path("threshold").asText("error"));
        } catch (IllegalArgumentException e) {
            threshold = Severity.ERROR;
        }
        CertificationRequest request = CertificationRequest.of(role, options.submissions())
                .withParticipant(participant.path("organisation").asText(null))
                .withRegistry(options.registry())
                .withCodeLists(options.codeLists())
                .withThreshold(threshold);
        Certification certification;
        try {
            certification = new Certifier().certify(request);
        } catch (CertificationException e) {
            List<Text> details = new ArrayList<>();
            details.add(Text.of("verify.rerunFailed"));
            details.addAll(e.texts());
            return new RerunOutcome(new Check(RERUN, Status.FAILED, details), null, null);
        }
        NetworkRegistry registry = certification.registry();
        ObjectNode again = CertificateCore.of(certification, issuedAt, expiresAt);
        if (Arrays.equals(CertificateCore.canonical(core), CertificateCore.canonical(again))) {
            Text covered = Text.of(certification.covered().size() == 1 ? "verify.submissions.one" : "verify.submissions",
                    certification.covered().size());
            Text scenarios = Text.of(certification.scenarios().size() == 1 ? "verify.scenarios.one" : "verify.scenarios",
                    certification.scenarios().size());
            return new RerunOutcome(new Check(RERUN, Status.OK, List.of(Text.of("verify.rerunSame", covered, scenarios))), certification, registry);
        }
        return new RerunOutcome(new Check(RERUN, Status.FAILED, differences(core, again, certification)), certification, registry);
    }

    /** Names every difference between the certificate's core and the re-run's. */
    static List<Text> differences(JsonNode signed, JsonNode again, Certification rerun) {
        List<Text> details = new ArrayList<>();
        for (String member : List.of("tool", "suite", "rulePack", "network", "participant", "threshold")) {
            if (!signed.path(member).equals(again.path(member))) {
                details.add(Text.of("verify.differs." + member, compact(signed.path(member)), compact(again.path(member))));
            }
        }
        if (!signed.path("schemas").equals(again.path("schemas")) || !signed.path("codeLists").equals(again.path("codeLists"))) {
            details.add(Text.of("verify.differs.data"));
        }
        submissionDifferences(signed.path("submissions").path("covered"), again.path("submissions").path("covered"), details);
        documentDifferences(signed.path("submissions").path("covered"), rerun, details);
        scenarioDifferences(signed.path("scenarios"), rerun, details);
        if (!signed.path("verdict").equals(again.path("verdict"))) {
            details.add(Text.of("verify.differs.verdict", verdict(signed.path("verdict").asText()), verdict(again.path("verdict").asText())));
        }
        if (details.isEmpty()) {
            details.add(Text.of("verify.differs.other"));
        }
        return details;
    }

    private static void submissionDifferences(JsonNode signed, JsonNode again, List<Text> details) {
        Map<String, JsonNode> before = bySubmission(signed);
        Map<String, JsonNode> after = bySubmission(again);
        for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
            JsonNode now = after.get(entry.getKey());
            JsonNode was = entry.getValue();
            if (now == null) {
                details.add(Text.of("verify.submissionMissing", describe(was), was.path("statementDigest").asText()));
            } else if (!now.equals(was)) {
                details.add(Text.of("verify.submissionChanged", describe(was), was.path("statementDigest").asText(),
                        now.path("statementDigest").asText()));
            }
        }
        for (Map.Entry<String, JsonNode> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                details.add(Text.of("verify.submissionNew", describe(entry.getValue())));
            }
        }
    }

    /**
     * Names each covered submission whose document no longer matches the digest its signed
     * statement commits to. Its statement digest stays the same, so only the re-run's document
     * digest check shows that the document bytes changed.
     */
    private static void documentDifferences(JsonNode signed, Certification rerun, List<Text> details) {
        Set<String> changed = new HashSet<>();
        for (ScenarioResult scenario : rerun.scenarios()) {
            for (RuleResult rule : scenario.rules()) {
                if (!rule.ruleId().equals(EnvelopeRules.DIGEST.id())) {
                    continue;
                }
                for (Finding finding : rule.findings()) {
                    if (finding.location() != null && finding.location().submissionId() != null) {
                        changed.add(finding.location().submissionId());
                    }
                }
            }
        }
        Set<String> named = new HashSet<>();
        for (JsonNode covered : signed) {
            String id = covered.path("submissionId").asText();
            if (changed.contains(id) && named.add(id)) {
                details.add(Text.of("verify.documentChanged", describe(covered)));
            }
        }
    }

    /** Covered submissions by id and position among those of the same id, so a replayed submission counts twice. */
    private static Map<String, JsonNode> bySubmission(JsonNode covered) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (JsonNode entry : covered) {
            String id = entry.path("submissionId").asText();
            int n = seen.merge(id, 1, Integer::sum);
            map.put(id + "#" + n, entry);
        }
        return map;
    }

    private static void scenarioDifferences(JsonNode signed, Certification rerun, List<Text> details) {
        Map<String, ScenarioResult> now = new LinkedHashMap<>();
        rerun.scenarios().forEach(scenario -> now.put(scenario.id(), scenario));
        for (JsonNode scenario : signed) {
            String id = scenario.path("id").asText();
            ScenarioResult result = now.get(id);
            if (result == null) {
                details.add(Text.of("verify.scenarioGone", id, Text.scenarioName(id, scenario.path("name").asText())));
                continue;
            }
            String was = scenario.path("result").asText();
            if (!was.equals(result.status().name())) {
                details.add(Text.of("verify.scenarioChanged", id, Text.scenarioName(id, result.name()), status(was), status(result.status())));
                List<RuleResult> causes = new ArrayList<>();
                result.rules().stream().filter(rule -> rule.status() == ScenarioStatus.FAILED).forEach(causes::add);
                result.rules().stream().filter(rule -> rule.status() == ScenarioStatus.ERROR).forEach(causes::add);
                causes.stream().limit(MAX_CAUSES).forEach(rule -> details.add(cause(rule)));
                if (causes.size() > MAX_CAUSES) {
                    int more = causes.size() - MAX_CAUSES;
                    details.add(Text.of(more == 1 ? "verify.moreCauses.one" : "verify.moreCauses", more));
                }
            }
        }
    }

    /** What broke a rule in the re-run: its first failing finding's place, which names the submission. */
    private static Text cause(RuleResult rule) {
        for (Finding finding : rule.findings()) {
            Text message = new Text("rule." + rule.ruleId() + ".message", new ArrayList<>(finding.arguments()));
            String where = org.tradecert.conformance.FindingMessages.location(finding);
            if (finding.location() == null || finding.location().submissionId() == null) {
                return Text.of("verify.ruleFailedIn", rule.ruleId(), where, message);
            }
            return Text.of("verify.ruleFailedAt", rule.ruleId(), where, finding.location().submissionId(), message);
        }
        return Text.of("verify.ruleStatus", rule.ruleId(), status(rule.status()), rule.reason() == null ? "" : rule.reason());
    }

    private static Text status(ScenarioStatus status) {
        return Text.of("status." + status.label());
    }

    /** Returns a scenario result as the certificate records it (PASSED, NOT_APPLICABLE) as a text in the reader's language, when it is one. */
    private static Object status(String recorded) {
        for (ScenarioStatus status : ScenarioStatus.values()) {
            if (status.name().equals(recorded)) {
                return status(status);
            }
        }
        return recorded;
    }

    /** Returns a verdict as the certificate records it (CONFORMANT, NON_CONFORMANT) as a text in the reader's language, when it is one. */
    private static Object verdict(String recorded) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().equals(recorded)) {
                return Text.of("verdict." + verdict.name());
            }
        }
        return recorded;
    }

    private static Text describe(JsonNode covered) {
        String type = covered.path("documentType").asText();
        Object typeName = Messages.has("document." + type) ? Text.of("document." + type) : type;
        return Text.of("verify.submission", covered.path("submissionId").asText(), typeName, covered.path("documentId").asText(),
                covered.path("version").asInt());
    }

    private static String compact(JsonNode node) {
        return node.isMissingNode() ? "-" : node.isTextual() ? node.asText() : node.toString();
    }
}
