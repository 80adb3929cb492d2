package org.tradecert.conformance;

import org.tradecert.api.Severity;
import org.tradecert.codelist.CodeListRegistry;
import org.tradecert.registry.NetworkRegistry;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What to certify and how.
 *
 * @param participant     the organisation identifier to certify; null to take the only organisation of the role found in the submissions
 * @param submissions     a sandbox ledger, a ledger export or a directory of envelopes
 * @param registry        the network registry; null for the one stored with the ledger or the nearest {@code network.json}
 * @param codeLists       the code-list packs; null for the bundled ones
 * @param threshold       the least severity that fails a check: {@code ERROR} by default, {@code WARNING} to fail on warnings too
 * @param cucumberReports the folder for Cucumber's own reports; null to write none
 * @param locale          the language of the validator's own messages that findings quote
 */
public record CertificationRequest(Role role, String participant, Path submissions, NetworkRegistry registry,
                                   CodeListRegistry codeLists, Severity threshold, Path cucumberReports, Locale locale) {

    public static CertificationRequest of(Role role, Path submissions) {
        return new CertificationRequest(role, null, submissions, null, null, Severity.ERROR, null, Locale.ENGLISH);
    }

    public CertificationRequest withParticipant(String value) {
        return new CertificationRequest(role, value, submissions, registry, codeLists, threshold, cucumberReports, locale);
    }

    public CertificationRequest withRegistry(NetworkRegistry value) {
        return new CertificationRequest(role, participant, submissions, value, codeLists, threshold, cucumberReports, locale);
    }

    public CertificationRequest withCodeLists(CodeListRegistry value) {
        return new CertificationRequest(role, participant, submissions, registry, value, threshold, cucumberReports, locale);
    }

    public CertificationRequest withThreshold(Severity value) {
        return new CertificationRequest(role, participant, submissions, registry, codeLists, value, cucumberReports, locale);
    }

    public CertificationRequest withCucumberReports(Path value) {
        return new CertificationRequest(role, participant, submissions, registry, codeLists, threshold, value, locale);
    }

    public CertificationRequest withLocale(Locale value) {
        return new CertificationRequest(role, participant, submissions, registry, codeLists, threshold, cucumberReports, value);
    }
}
