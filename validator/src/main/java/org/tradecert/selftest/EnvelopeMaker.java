package org.tradecert.selftest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.tradecert.crypto.DigestAlgorithm;
import org.tradecert.crypto.Jcs;
import org.tradecert.crypto.JcsException;
import org.tradecert.crypto.Keys;
import org.tradecert.crypto.SignatureAlgorithm;
import org.tradecert.crypto.Signatures;
import org.tradecert.document.DocumentReader;
import org.tradecert.envelope.DocumentSigning;
import org.tradecert.envelope.SigningException;
import org.tradecert.json.SafeJson;
import org.tradecert.registry.NetworkRegistry;
import org.tradecert.registry.Pem;
import org.tradecert.schema.catalog.SchemaCatalog;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Makes the envelopes fixtures ask for: signs an example document as a participant of the demo
 * consortium, or copies an earlier or stored envelope, then applies the envelope edits. Edits of
 * the signed statement or the protected header sign the envelope again with the current key,
 * unless the edit sets {@code sign-again: false}, so a fixture can break exactly one thing.
 */
final class EnvelopeMaker {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    private static final BigInteger P256_ORDER = ECNamedCurveTable.getByName("P-256").getN();
    private static final BigInteger SM2_ORDER = GMNamedCurves.getByName("sm2p256v1").getN();

    /** Supplies the envelopes stored on the ledger a case appends to. */
    @FunctionalInterface
    interface StoredEnvelopes {
        ObjectNode envelope(int block, int transaction, String where) throws FixtureException;
    }

    private final Path examples;
    private final DocumentReader reader = new DocumentReader(SchemaCatalog.bundled());

    EnvelopeMaker(Path examples) {
        this.examples = examples;
    }

    /**
     * Makes one envelope.
     *
     * @param extraEdits edits given at the case level, applied after the envelope's own
     * @param earlier    the envelopes made before it in the same case, by id
     * @param stored     the envelopes of the case's ledger; null when the case has none
     */
    ObjectNode make(EnvelopeSpec spec, List<Edit> extraEdits, DemoConsortium consortium, NetworkRegistry registry,
                    Map<String, ObjectNode> earlier, StoredEnvelopes stored, String where) throws FixtureException {
        ObjectNode envelope;
        Signer signer;
        if (spec.copyOf() != null) {
            envelope = earlier.get(spec.copyOf()).deepCopy();
            signer = null;
        } else if (spec.copyOfBlock() != null) {
            if (stored == null) {
                throw FixtureException.of("no-ledger", where);
            }
            envelope = stored.envelope(spec.copyOfBlock(), spec.transaction(), where).deepCopy();
            signer = null;
        } else {
            signer = new Signer(consortium.key(spec.signer()), List.of(consortium.certificate(spec.signer())));
            envelope = sign(spec, registry, earlier, stored, signer, where);
        }

        Editing editing = new Editing(envelope, signer, spec.signer(), consortium, earlier);
        for (Edit edit : spec.edits()) {
            editing.apply(edit);
        }
        for (Edit edit : extraEdits) {
            editing.apply(edit);
        }
        return editing.envelope;
    }

    /**
     * Applies envelope edits to an envelope that was not signed here, such as one taken from a
     * ledger; it has no signer until a {@code sign-with} edit gives one.
     */
    ObjectNode edit(ObjectNode envelope, List<Edit> edits, DemoConsortium consortium) throws FixtureException {
        Editing editing = new Editing(envelope.deepCopy(), null, null, consortium, Map.of());
        for (Edit edit : edits) {
            editing.apply(edit);
        }
        return editing.envelope;
    }

    /** Writes the envelope as text and applies the case's text replacements to it. */
    static byte[] text(ObjectNode envelope, List<Edit> edits) throws FixtureException {
        byte[] bytes = org.tradecert.schema.generate.JsonText.write(envelope).getBytes(StandardCharsets.UTF_8);
        for (Edit edit : edits) {
            if (edit.operation().equals("replace")) {
                bytes = DocumentEditor.replace(bytes, edit);
            }
        }
        return bytes;
    }

    private ObjectNode sign(EnvelopeSpec spec, NetworkRegistry registry, Map<String, ObjectNode> earlier, StoredEnvelopes stored,
                            Signer signer, String where) throws FixtureException {
        if ((spec.documentOfBlock() != null || spec.supersedesBlock() != null) && stored == null) {
            throw FixtureException.of("no-ledger", where);
        }
        String name;
        byte[] bytes;
        if (spec.documentOfBlock() != null) {
            JsonNode document = stored.envelope(spec.documentOfBlock(), spec.transaction(), where).path("document");
            name = document.path("mediaType").asText().endsWith("json") ? "stored.json" : "stored.xml";
            bytes = Base64.getDecoder().decode(document.path("content").asText());
        } else {
            Path document = examples.resolve(spec.document());
            name = document.getFileName().toString();
            try {
                bytes = Files.readAllBytes(document);
            } catch (IOException e) {
                throw FixtureException.of("path-not-found", where, spec.document(), examples);
            }
        }
        bytes = DocumentEditor.apply(bytes, name.endsWith(".json"), spec.documentEdits());

        JsonNode supersedes = spec.supersedes() != null ? earlier.get(spec.supersedes())
                : spec.supersedesBlock() != null ? stored.envelope(spec.supersedesBlock(), 0, where) : null;
        DigestAlgorithm digest = spec.digest() == null ? null : DigestAlgorithm.byName(spec.digest()).orElseThrow();
        String label = spec.document() != null ? spec.document() : "the document of block " + spec.documentOfBlock();
        try {
            return new DocumentSigning(reader, registry).sign(bytes, name, signer.key, signer.chain,
                    new DocumentSigning.Options(null, null, spec.role() != null ? spec.role() : spec.signer(), supersedes, List.of(),
                            digest, true, spec.createdAt())).envelope();
        } catch (SigningException e) {
            throw new FixtureException(Problem.of("signing-failed", where, label, String.valueOf(e.getMessage())), e);
        }
    }

    /** The key and certificate chain that sign an envelope again after an edit. */
    private record Signer(PrivateKey key, List<X509Certificate> chain) {
    }

    /** The state of one envelope while its edits are applied. */
    private static final class Editing {

        private ObjectNode envelope;
        private Signer signer;
        private final String role;
        private final DemoConsortium consortium;
        private final Map<String, ObjectNode> earlier;

        Editing(ObjectNode envelope, Signer signer, String role, DemoConsortium consortium, Map<String, ObjectNode> earlier) {
            this.envelope = envelope;
            this.signer = signer;
            this.role = role;
            this.consortium = consortium;
            this.earlier = earlier;
        }

        void apply(Edit edit) throws FixtureException {
            switch (edit.operation()) {
                case "set-statement", "remove-statement", "copy-statement" -> editStatement(edit);
                case "replace-in-statement" -> {
                    byte[] statement = DocumentEditor.replace(statementBytes(), edit);
                    envelope.put("payload", URL.encodeToString(statement));
                    signAgainByDefault(edit);
                }
                case "set-header", "remove-header" -> editHeader(edit);
                case "set" -> JsonEdits.set(envelope, edit.text(), edit.setting("to"), edit.where());
                case "remove" -> JsonEdits.remove(envelope, edit.text(), edit.where());
                case "replace" -> {
                    // Applied to the envelope's text when the file is written.
                }
                case "replace-in-document" -> {
                    ObjectNode document = (ObjectNode) JsonEdits.get(envelope, "/document", edit.where());
                    byte[] content = Base64.getDecoder().decode(document.path("content").asText());
                    document.put("content", Base64.getEncoder().encodeToString(DocumentEditor.replace(content, edit)));
                }
                case "signature" -> changeSignature(edit);
                case "sign-with" -> {
                    signer = new Signer(consortium.key(edit.text()), List.of(consortium.certificate(edit.text())));
                    useSignerInHeader(edit);
                }
                case "certificate" -> {
                    requireSigner(edit);
                    X509Certificate certificate = consortium.issue(role, edit);
                    signer = new Signer(signer.key, List.of(certificate));
                    useSignerInHeader(edit);
                }
                default -> throw FixtureException.of("edit-not-here", edit.where(), edit.operation());
            }
        }

        private void editStatement(Edit edit) throws FixtureException {
            JsonNode statement = parse(statementBytes(), edit);
            switch (edit.operation()) {
                case "set-statement" -> JsonEdits.set(statement, edit.text(), edit.setting("to"), edit.where());
                case "remove-statement" -> JsonEdits.remove(statement, edit.text(), edit.where());
                default -> {
                    ObjectNode other = earlier.get(edit.required("from"));
                    JsonNode otherStatement = parse(URL_DECODER.decode(other.path("payload").asText()), edit);
                    JsonEdits.set(statement, edit.text(), JsonEdits.get(otherStatement, edit.text(), edit.where()).deepCopy(), edit.where());
                }
            }
            envelope.put("payload", URL.encodeToString(canonical(statement, edit)));
            signAgainByDefault(edit);
        }

        private void editHeader(Edit edit) throws FixtureException {
            ObjectNode signature = firstSignature(edit);
            JsonNode header = parse(URL_DECODER.decode(signature.path("protected").asText()), edit);
            if (edit.operation().equals("set-header")) {
                JsonEdits.set(header, edit.text(), edit.setting("to"), edit.where());
            } else {
                JsonEdits.remove(header, edit.text(), edit.where());
            }
            signature.put("protected", URL.encodeToString(canonical(header, edit)));
            signAgainByDefault(edit);
        }

        /** Puts the current signer's certificate and algorithm into the protected header and signs again. */
        private void useSignerInHeader(Edit edit) throws FixtureException {
            ObjectNode signature = firstSignature(edit);
            ObjectNode header = (ObjectNode) parse(URL_DECODER.decode(signature.path("protected").asText()), edit);
            header.put("alg", algorithm(signer.key).jwsName());
            ArrayNode chain = header.putArray("x5c");
            signer.chain.forEach(certificate -> chain.add(Pem.toBase64Der(certificate)));
            signature.put("protected", URL.encodeToString(canonical(header, edit)));
            signAgain(edit);
        }

        private void changeSignature(Edit edit) throws FixtureException {
            ObjectNode signature = firstSignature(edit);
            byte[] value = URL_DECODER.decode(signature.path("signature").asText());
            if (edit.text().equals("flip-bit")) {
                value[value.length / 2] ^= 0x01;
            } else {
                requireSigner(edit);
                SignatureAlgorithm algorithm = algorithm(signer.key);
                if (algorithm == SignatureAlgorithm.ED25519 || value.length != 64) {
                    throw FixtureException.of("high-s-not-possible", edit.where(), algorithm.jwsName());
                }
                BigInteger order = algorithm == SignatureAlgorithm.ES256 ? P256_ORDER : SM2_ORDER;
                BigInteger s = new BigInteger(1, Arrays.copyOfRange(value, 32, 64));
                BigInteger high = s.compareTo(order.shiftRight(1)) > 0 ? s : order.subtract(s);
                System.arraycopy(fixed(high), 0, value, 32, 32);
            }
            signature.put("signature", URL.encodeToString(value));
        }

        private void signAgainByDefault(Edit edit) throws FixtureException {
            if (edit.flag("sign-again", true)) {
                signAgain(edit);
            }
        }

        private void signAgain(Edit edit) throws FixtureException {
            requireSigner(edit);
            ObjectNode signature = firstSignature(edit);
            byte[] input = (signature.path("protected").asText() + "." + envelope.path("payload").asText()).getBytes(StandardCharsets.US_ASCII);
            signature.put("signature", URL.encodeToString(Signatures.sign(algorithm(signer.key), signer.key, input)));
        }

        /** Fails with a problem when the envelope has no signer, as a copy has none until a {@code sign-with} edit gives one. */
        private void requireSigner(Edit edit) throws FixtureException {
            if (signer == null) {
                throw FixtureException.of("no-signer", edit.where());
            }
        }

        private ObjectNode firstSignature(Edit edit) throws FixtureException {
            JsonNode signature = envelope.path("signatures").path(0);
            if (!(signature instanceof ObjectNode object)) {
                throw FixtureException.of("pointer-not-found", edit.where(), "/signatures/0");
            }
            return object;
        }

        private byte[] statementBytes() {
            return URL_DECODER.decode(envelope.path("payload").asText());
        }

        private static JsonNode parse(byte[] bytes, Edit edit) throws FixtureException {
            try {
                return SafeJson.mapper().readTree(bytes);
            } catch (IOException e) {
                throw FixtureException.of("not-editable", edit.where(), "JSON", String.valueOf(e.getMessage()));
            }
        }

        private static byte[] canonical(JsonNode node, Edit edit) throws FixtureException {
            try {
                return Jcs.canonicalize(node);
            } catch (JcsException e) {
                throw FixtureException.of("not-editable", edit.where(), "RFC 8785", String.valueOf(e.getMessage()));
            }
        }

        private static SignatureAlgorithm algorithm(PrivateKey key) {
            return Keys.algorithmOf(key).orElseThrow(() -> new IllegalStateException("a demo key of no supported algorithm"));
        }

        /** Writes a value as exactly 32 big-endian bytes; both curve orders are below 2^256. */
        private static byte[] fixed(BigInteger value) {
            byte[] bytes = value.toByteArray();
            byte[] result = new byte[32];
            int length = Math.min(bytes.length, 32);
            System.arraycopy(bytes, bytes.length - length, result, 32 - length, length);
            return result;
        }
    }
}
