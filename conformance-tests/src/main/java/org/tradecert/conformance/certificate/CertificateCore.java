package org.tradecert.conformance.certificate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.api.Provenance;
import org.tradecert.conformance.Certification;
import org.tradecert.conformance.CoveredSubmission;
import org.tradecert.conformance.ScenarioResult;
import org.tradecert.conformance.ScenarioStatus;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The signed content of a conformance certificate: participant, role, network, suite, tool, rule
 * pack, schemas, code lists, the covered submissions with their Merkle root, every scenario's
 * result, the verdict, and the issue and expiry times. It holds nothing that changes between two
 * runs over the same submissions with the same tool, suite and times (no paths, durations or
 * host names), so a re-run gives the same RFC 8785 bytes.
 */
public final class CertificateCore {

    /** The {@code profile} member of every core. */
    public static final String PROFILE = "tradecert-conformance-certificate/1";

    private CertificateCore() {
    }

    /** The core of a certification issued at {@code issuedAt} and valid until {@code expiresAt}, both cut to whole seconds. */
    public static ObjectNode of(Certification certification, Instant issuedAt, Instant expiresAt) {
        ObjectNode core = JsonNodeFactory.instance.objectNode();
        core.put("profile", PROFILE);

        ObjectNode participant = core.putObject("participant");
        participant.put("organisation", certification.participant().organisation());
        participant.put("scheme", certification.participant().scheme());
        participant.put("role", certification.participant().role().id());
        if (certification.participant().name() != null) {
            ObjectNode name = participant.putObject("name");
            name.put("en", certification.participant().name().en());
            name.put("zh", certification.participant().name().zh());
        }

        ObjectNode network = core.putObject("network");
        network.put("chainId", certification.registry().chainId());
        network.put("channel", certification.registry().channel());
        network.put("registryDigest", "sha-256:" + certification.registry().digest());

        ObjectNode suite = core.putObject("suite");
        suite.put("id", certification.suite().id());
        suite.put("version", certification.suite().version());
        suite.put("digest", certification.suite().digest());

        Provenance provenance = certification.provenance();
        ObjectNode tool = core.putObject("tool");
        tool.put("name", provenance.tool());
        tool.put("version", provenance.toolVersion());
        component(core.putObject("rulePack"), provenance.rulePack());
        components(core.putArray("schemas"), provenance.schemas());
        components(core.putArray("codeLists"), provenance.codeLists());
        core.put("threshold", certification.threshold().label());

        ObjectNode submissions = core.putObject("submissions");
        submissions.put("digestAlgorithm", certification.digestAlgorithm().jwsName());
        submissions.put("merkleRoot", certification.merkleRoot());
        ArrayNode covered = submissions.putArray("covered");
        for (CoveredSubmission submission : certification.covered()) {
            ObjectNode entry = covered.addObject();
            entry.put("submissionId", submission.submissionId());
            entry.put("statementDigest", submission.statementDigest());
            entry.put("documentType", submission.documentType());
            entry.put("documentId", submission.documentId());
            entry.put("version", submission.version());
            entry.put("organisation", submission.organisation());
            entry.put("role", submission.role());
            entry.put("examinedAs", submission.subject() ? "subject" : "reference");
        }

        ArrayNode scenarios = core.putArray("scenarios");
        for (ScenarioResult scenario : certification.scenarios()) {
            ObjectNode entry = scenarios.addObject();
            entry.put("id", scenario.id());
            entry.put("name", scenario.name());
            entry.put("result", scenario.status().name());
            entry.put("checks", scenario.rules().size());
            strings(entry, "failed", scenario.ruleIds(ScenarioStatus.FAILED));
            strings(entry, "errors", scenario.ruleIds(ScenarioStatus.ERROR));
        }
        core.put("verdict", certification.verdict().name());
        core.put("issuedAt", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        core.put("expiresAt", expiresAt.truncatedTo(ChronoUnit.SECONDS).toString());
        return core;
    }

    /** The RFC 8785 bytes of a core. */
    public static byte[] canonical(ObjectNode core) {
        try {
            return Jcs.canonicalize(core);
        } catch (JcsException e) {
            throw new IllegalStateException("a core of strings and small integers always has a canonical form", e);
        }
    }

    private static void component(ObjectNode node, Provenance.Component component) {
        node.put("name", component.name());
        node.put("version", component.version());
        node.put("digest", component.digest());
    }

    private static void components(ArrayNode array, List<Provenance.Component> components) {
        for (Provenance.Component component : components) {
            component(array.addObject(), component);
        }
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }
}
