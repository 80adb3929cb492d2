package org.tradecert.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Strict decoder of an ECDSA or SM2 signature in DER, {@code SEQUENCE { INTEGER r, INTEGER s }}.
 * It accepts only the one DER form of each value: definite minimal lengths, minimal non-negative
 * INTEGERs and no trailing bytes. BER alternatives would make signatures malleable.
 */
final class DerSignature {

    private static final int TAG_SEQUENCE = 0x30;
    private static final int TAG_INTEGER = 0x02;

    private final byte[] bytes;
    private int position;

    private DerSignature(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Decodes {@code r} and {@code s}, or returns empty if the bytes are not strict DER. */
    static Optional<SignatureValues> decode(byte[] der) {
        if (der == null) {
            return Optional.empty();
        }
        DerSignature reader = new DerSignature(der);

        if (!reader.expectTag(TAG_SEQUENCE)) {
            return Optional.empty();
        }
        int sequenceLength = reader.readLength();
        if (sequenceLength < 0 || sequenceLength != der.length - reader.position) {
            return Optional.empty();
        }

        BigInteger r = reader.readInteger();
        BigInteger s = r == null ? null : reader.readInteger();
        if (s == null || reader.position != der.length) {
            return Optional.empty();
        }
        return Optional.of(new SignatureValues(r, s));
    }

    private boolean expectTag(int tag) {
        if (position >= bytes.length || (bytes[position] & 0xff) != tag) {
            return false;
        }
        position++;
        return true;
    }

    /**
     * Reads a definite length in its shortest form, or returns -1. The indefinite form (0x80)
     * and lengths above 0xffff never occur in a signature of a 256-bit curve, so they are rejected.
     */
    private int readLength() {
        if (position >= bytes.length) {
            return -1;
        }
        int first = bytes[position++] & 0xff;
        if (first < 0x80) {
            return first;
        }

        int count = first & 0x7f;
        if (count == 0 || count > 2 || position + count > bytes.length) {
            return -1;
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (bytes[position++] & 0xff);
        }
        boolean minimal = count == 1 ? length >= 0x80 : length >= 0x100;
        return minimal ? length : -1;
    }

    /** Reads a minimal, non-negative INTEGER, or returns null. */
    private BigInteger readInteger() {
        if (!expectTag(TAG_INTEGER)) {
            return null;
        }
        int length = readLength();
        if (length <= 0 || position + length > bytes.length) {
            return null;
        }

        int first = bytes[position] & 0xff;
        if (first >= 0x80) {
            return null;
        }
        if (first == 0x00 && length > 1 && (bytes[position + 1] & 0x80) == 0) {
            return null;
        }

        BigInteger value = new BigInteger(1, Arrays.copyOfRange(bytes, position, position + length));
        position += length;
        return value;
    }
}
