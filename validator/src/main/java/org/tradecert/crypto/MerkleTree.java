package org.tradecert.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Merkle Tree Hash of RFC 9162 §2.1 over a list of leaves, with its inclusion proofs. A leaf
 * hashes as H(0x00 ‖ data) and an inner node as H(0x01 ‖ left ‖ right), so a leaf can never pass
 * for a node. For n &gt; 1 leaves the left subtree takes the largest power of two below n.
 * Batches of statements are anchored this way: each leaf is a statement digest.
 */
public final class MerkleTree {

    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private MerkleTree() {
    }

    /** Computes the root of the tree over {@code leafData}; an empty list gives the hash of the empty string. */
    public static byte[] root(DigestAlgorithm algorithm, List<byte[]> leafData) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (leafData.isEmpty()) {
            return algorithm.digest(new byte[0]);
        }
        return subtreeHash(algorithm, leafHashes(algorithm, leafData), 0, leafData.size());
    }

    /**
     * Computes the audit path of RFC 9162 §2.1.3 for the leaf at {@code index}: the sibling
     * hashes from the leaf up to the root, nearest first.
     *
     * @throws IllegalArgumentException if {@code index} is not a leaf of the list
     */
    public static List<byte[]> inclusionProof(DigestAlgorithm algorithm, List<byte[]> leafData, int index) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (index < 0 || index >= leafData.size()) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of " + leafData.size() + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        appendPath(algorithm, leafHashes(algorithm, leafData), index, 0, leafData.size(), proof);
        return proof;
    }

    /**
     * Checks that {@code leafData} is the leaf at {@code index} of the tree of {@code treeSize}
     * leaves with root {@code root}, by the algorithm of RFC 9162 §2.1.3.2. A proof with more or
     * fewer nodes than the position requires fails, so a proof cannot be stretched or shortened to
     * fit another position (the CVE-2012-2459 kind of confusion). Trees of different sizes can
     * still share the shape of one path, so {@code root} must come from a source trusted for
     * {@code treeSize}. A malformed argument, such as a null, a negative index,
     * {@code index >= treeSize} or a node of the wrong length, returns false instead of throwing.
     */
    public static boolean verifyInclusion(DigestAlgorithm algorithm, byte[] leafData, int index, int treeSize,
                                          List<byte[]> proof, byte[] root) {
        if (algorithm == null || leafData == null || proof == null || root == null) {
            return false;
        }
        if (index < 0 || index >= treeSize) {
            return false;
        }
        int length = algorithm.digestLength();
        if (root.length != length || proof.stream().anyMatch(node -> node == null || node.length != length)) {
            return false;
        }

        long fn = index;
        long sn = treeSize - 1L;
        byte[] r = algorithm.digest(LEAF_PREFIX, leafData);
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = algorithm.digest(NODE_PREFIX, p, r);
                // On the right edge of an unbalanced tree a node may have no sibling on the
                // lower levels, so the walk climbs until fn is a right child or the root.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = algorithm.digest(NODE_PREFIX, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static byte[][] leafHashes(DigestAlgorithm algorithm, List<byte[]> leafData) {
        byte[][] hashes = new byte[leafData.size()][];
        for (int i = 0; i < hashes.length; i++) {
            byte[] data = Objects.requireNonNull(leafData.get(i), "leaf data");
            hashes[i] = algorithm.digest(LEAF_PREFIX, data);
        }
        return hashes;
    }

    /** Computes MTH(D[from:to]), the Merkle Tree Hash of RFC 9162 §2.1, from precomputed leaf hashes. */
    private static byte[] subtreeHash(DigestAlgorithm algorithm, byte[][] leafHashes, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leafHashes[from];
        }
        int k = largestPowerOfTwoBelow(n);
        byte[] left = subtreeHash(algorithm, leafHashes, from, from + k);
        byte[] right = subtreeHash(algorithm, leafHashes, from + k, to);
        return algorithm.digest(NODE_PREFIX, left, right);
    }

    /** Appends PATH(m, D[from:to]), the audit path of RFC 9162 §2.1.3, deepest node first. */
    private static void appendPath(DigestAlgorithm algorithm, byte[][] leafHashes, int m, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            appendPath(algorithm, leafHashes, m, from, from + k, path);
            path.add(subtreeHash(algorithm, leafHashes, from + k, to));
        } else {
            appendPath(algorithm, leafHashes, m - k, from + k, to, path);
            path.add(subtreeHash(algorithm, leafHashes, from, from + k));
        }
    }

    /** Returns the largest power of two strictly below {@code n}, for {@code n ≥ 2}. */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
