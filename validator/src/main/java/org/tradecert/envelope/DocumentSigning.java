package org.tradecert.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.document.DocumentReader;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Participant;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Signs a trade document for submission: checks that it is valid against its schema and that
 * its own number is the one stated, takes the submitter from the certificate and the network
 * registry, works out the version from the superseded submission, and builds the envelope.
 */
public final class DocumentSigning {

    private final DocumentReader reader;
    private final NetworkRegistry registry;

    public DocumentSigning(DocumentReader reader, NetworkRegistry registry) {
        this.reader = reader;
        this.registry = registry;
    }

    /**
     * What to state besides the document.
     *
     * @param docId       the document number, or null to take it from the document
     * @param role        the role to submit as, or null when the organisation holds one role
     * @param supersedes  the envelope (JSON) of the version this one replaces, or null
     * @param references  envelopes (JSON) of the submissions this document refers to
     * @param digest      the payload digest algorithm, or null for SM3 with SM2 keys and SHA-256 otherwise
     */
    public record Options(String type, String docId, String role, JsonNode supersedes, List<JsonNode> references,
                          DigestAlgorithm digest, boolean embed, Instant createdAt) {
    }

    /** The envelope and what it states. */
    public record Signed(ObjectNode envelope, Statement statement, String statementDigest) {
    }

    public Signed sign(byte[] document, String name, PrivateKey key, List<X509Certificate> chain, Options options)
            throws SigningException {
        DocumentReader.Result read = reader.read(document, name, options.type(), Locale.ROOT, false);
        if (!read.schemaValid()) {
            String reason = read.problem() != null ? read.problem().kind() + " " + (read.problem().detail() == null ? "" : read.problem().detail())
                    : read.violations().get(0).location() + ": " + read.violations().get(0).message();
            throw new SigningException("signing.invalidDocument", name, options.type(), reason);
        }
        String ownNumber = documentNumber(read.dom().getDocumentElement());
        String number = options.docId() != null ? options.docId() : ownNumber;
        if (number == null || (ownNumber != null && !ownNumber.equals(number))) {
            throw new SigningException("signing.documentNumber", number, ownNumber, name);
        }

        SignatureAlgorithm algorithm = Keys.algorithmOf(key).orElseThrow(() -> new SigningException("signing.keyUnsupported"));
        String orgId = SubmissionVerifier.organisationIdentifier(chain.get(0));
        Participant participant = registry.participant(orgId == null ? "" : orgId)
                .orElseThrow(() -> new SigningException("signing.notParticipant", String.valueOf(orgId)));
        String role = options.role() != null ? options.role() : singleRole(participant);

        String supersededDigest = null;
        int version = 1;
        if (options.supersedes() != null) {
            supersededDigest = StatementDigests.of(options.supersedes(), registry.policy().statementDigestAlgorithm());
            version = statementOf(options.supersedes()).docVersion() + 1;
        }
        List<Statement.Reference> references = new ArrayList<>();
        for (JsonNode reference : options.references()) {
            Statement statement = statementOf(reference);
            references.add(new Statement.Reference(statement.docType(), statement.docId(),
                    StatementDigests.of(reference, registry.policy().statementDigestAlgorithm())));
        }
        DigestAlgorithm payloadDigest = options.digest() != null ? options.digest()
                : algorithm == SignatureAlgorithm.SM2_SM3 ? DigestAlgorithm.SM3 : DigestAlgorithm.SHA256;

        EnvelopeSigner.Request request = new EnvelopeSigner.Request(document, read.syntax().mediaType(), read.release().id(), number,
                version, supersededDigest, read.release().schemaId(), orgId, participant.orgIdScheme(), role, registry.chainId(),
                registry.channel(), payloadDigest, references);
        ObjectNode envelope = EnvelopeSigner.sign(request, algorithm, key, chain, options.embed(),
                options.createdAt() == null ? Instant.now() : options.createdAt());
        return new Signed(envelope, statementOf(envelope), StatementDigests.of(envelope, registry.policy().statementDigestAlgorithm()));
    }

    /** The document's own number, from its ExchangedDocument/ID; every document type of the standard has one. */
    public static String documentNumber(Element root) {
        Element exchanged = child(root, "ExchangedDocument");
        Element id = exchanged == null ? null : child(exchanged, "ID");
        return id == null ? null : id.getTextContent();
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static String singleRole(Participant participant) throws SigningException {
        if (participant.roles().size() != 1) {
            throw new SigningException("signing.chooseRole", participant.orgId(), String.join(", ", participant.roles().stream().sorted().toList()));
        }
        return participant.roles().iterator().next();
    }

    /** The statement of an envelope given as JSON. */
    public static Statement statementOf(JsonNode envelope) throws SigningException {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(envelope.path("payload").asText());
            return StatementCodec.fromJson(SafeJson.mapper().readTree(bytes));
        } catch (IOException | IllegalArgumentException e) {
            throw new SigningException("signing.badEnvelope", e.getMessage());
        }
    }
}
