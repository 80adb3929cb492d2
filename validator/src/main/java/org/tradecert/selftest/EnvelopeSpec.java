package org.tradecert.selftest;

import java.time.Instant;
import java.util.List;

/**
 * The envelope a fixture requests: an example document or a document stored on a ledger,
 * edited and then signed by a participant of the demo consortium, or a copy of an envelope made
 * earlier in the same case or stored on a ledger, and the edits made to it after signing.
 *
 * @param id          the name other envelopes of the case use to refer to this one; null when none does
 * @param document    the document to sign, relative to the examples folder; null for a copy
 * @param signer      the role whose demo key and certificate sign it; null for a copy
 * @param role        the role the statement claims; null for the signer's own role
 * @param createdAt   the creation time the statement states
 * @param supersedes  the id of the earlier envelope of the case this one replaces, or null
 * @param digest      the payload digest algorithm (SM3 or SHA-256), or null for the signer's default
 * @param copyOf      the id of an earlier envelope of the case to copy exactly, or null
 * @param copyOfBlock the height of the ledger block whose stored envelope to copy, or null
 * @param transaction the transaction of that block, from 0
 * @param documentOfBlock the height of the ledger block whose stored document to sign instead of {@code document}, or null
 * @param supersedesBlock the height of the ledger block whose stored envelope this one replaces, or null
 * @param documentEdits the edits of the document before it is signed
 * @param edits       the edits of the envelope after it is signed
 */
public record EnvelopeSpec(String id, String document, String signer, String role, Instant createdAt, String supersedes,
                           String digest, String copyOf, Integer copyOfBlock, int transaction, Integer documentOfBlock,
                           Integer supersedesBlock, List<Edit> documentEdits, List<Edit> edits) {

    /** The creation time of an envelope whose fixture does not state one: inside every certificate of the demo consortium. */
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2026-11-18T23:00:00Z");

    public EnvelopeSpec {
        documentEdits = List.copyOf(documentEdits);
        edits = List.copyOf(edits);
    }

    /** Returns the same envelope without its id and envelope edits: what identifies it as a base. */
    EnvelopeSpec unedited() {
        return new EnvelopeSpec(null, document, signer, role, createdAt, supersedes, digest, copyOf, copyOfBlock, transaction, documentOfBlock,
                supersedesBlock, documentEdits, List.of());
    }
}
