package org.tradecert.crypto;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tested against the classic Certificate Transparency vectors for RFC 6962 and RFC 9162 trees
 * with SHA-256, as published in transparency-dev/merkle, testonly/constants.go. They give eight
 * leaves, the root of the tree over the first 0 to 8 of them, and the hashes of the complete subtrees.
 */
class MerkleTreeTest {

    private static final List<byte[]> LEAVES = hexList(
            "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    /** Root of the tree over the first i leaves, for i = 0 to 8. */
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @ParameterizedTest(name = "{0} leaves")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void rootMatchesCertificateTransparencyVector(int size) {
        byte[] root = MerkleTree.root(DigestAlgorithm.SHA256, LEAVES.subList(0, size));

        assertThat(Hex.toHexString(root)).isEqualTo(ROOTS.get(size));
    }

    @Test
    void proofOfFirstLeafMatchesPublishedNodes() {
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 0);

        assertThat(hex(proof)).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void proofOfSixthLeafMatchesPublishedNodes() {
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 5);

        assertThat(hex(proof)).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void everyProofOfVectorTreesVerifies() {
        for (int size = 1; size <= 8; size++) {
            List<byte[]> leaves = LEAVES.subList(0, size);
            byte[] root = Hex.decode(ROOTS.get(size));
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, leaves, index);

                assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, leaves.get(index), index, size, proof, root))
                        .as("leaf %d of %d", index, size)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void everyProofOfLargerTreesVerifies(DigestAlgorithm algorithm) {
        for (int size = 1; size <= 70; size++) {
            List<byte[]> leaves = numberedLeaves(algorithm, size);
            byte[] root = MerkleTree.root(algorithm, leaves);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(algorithm, leaves, index);

                assertThat(MerkleTree.verifyInclusion(algorithm, leaves.get(index), index, size, proof, root))
                        .as("leaf %d of %d", index, size)
                        .isTrue();
            }
        }
    }

    @Test
    void proofWithExtraNodeFails() {
        for (int size = 1; size <= 8; size++) {
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = new ArrayList<>(MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES.subList(0, size), index));
                proof.add(Hex.decode(ROOTS.get(1)));

                assertThat(verify(index, size, proof)).as("leaf %d of %d", index, size).isFalse();
            }
        }
    }

    @Test
    void proofWithMissingNodeFails() {
        for (int size = 2; size <= 8; size++) {
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES.subList(0, size), index);

                assertThat(verify(index, size, proof.subList(0, proof.size() - 1))).as("leaf %d of %d", index, size).isFalse();
            }
        }
    }

    @Test
    void proofAtWrongIndexFails() {
        for (int size = 2; size <= 8; size++) {
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES.subList(0, size), index);
                for (int other = 0; other < size; other++) {
                    if (other != index) {
                        byte[] root = Hex.decode(ROOTS.get(size));

                        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(index), other, size, proof, root))
                                .as("leaf %d of %d claimed at %d", index, size, other)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void indexAtOrBeyondSizeFails() {
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 7);

        assertThat(verify(8, 8, proof)).isFalse();
        assertThat(verify(9, 8, proof)).isFalse();
        assertThat(verify(-1, 8, proof)).isFalse();
        assertThat(verify(0, 0, List.of())).isFalse();
    }

    @Test
    void proofAgainstTreeSizeOfOtherShapeFails() {
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 5);
        byte[] root = Hex.decode(ROOTS.get(8));

        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(5), 5, 6, proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(5), 5, 16, proof, root)).isFalse();
    }

    @Test
    void proofFitsTreeSizeOfSameShape() {
        // Leaf 5 climbs the same three levels in trees of 7 and 8 leaves, so only a root that is
        // trusted for its tree size distinguishes the two.
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 5);
        byte[] root = Hex.decode(ROOTS.get(8));

        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(5), 5, 7, proof, root)).isTrue();
    }

    @Test
    void proofOfAlteredLeafOrRootFails() {
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 3);
        byte[] root = Hex.decode(ROOTS.get(8));
        byte[] otherRoot = Hex.decode(ROOTS.get(7));

        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, Hex.decode("2022"), 3, 8, proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(3), 3, 8, proof, otherRoot)).isFalse();
    }

    @Test
    void singleLeafTreeNeedsEmptyProof() {
        byte[] root = Hex.decode(ROOTS.get(1));

        assertThat(MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES.subList(0, 1), 0)).isEmpty();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(0), 0, 1, List.of(), root)).isTrue();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(0), 0, 1, List.of(root), root)).isFalse();
    }

    @Test
    void leafPassedAsInnerNodeFails() {
        // The root of two leaves, offered as if it were a leaf of a one-leaf tree.
        byte[] innerNodeData = concat(Hex.decode("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                Hex.decode("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"));

        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, innerNodeData, 0, 1, List.of(), Hex.decode(ROOTS.get(2)))).isFalse();
    }

    @Test
    void malformedArgumentsFailWithoutException() {
        List<byte[]> proof = MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 2);
        byte[] root = Hex.decode(ROOTS.get(8));
        List<byte[]> shortNode = new ArrayList<>(proof);
        shortNode.set(1, Arrays.copyOf(proof.get(1), 31));
        List<byte[]> nullNode = new ArrayList<>(proof);
        nullNode.set(0, null);

        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(2), 2, 8, shortNode, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(2), 2, 8, nullNode, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(2), 2, 8, proof, Arrays.copyOf(root, 31))).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, null, 2, 8, proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(null, LEAVES.get(2), 2, 8, proof, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(2), 2, 8, null, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, LEAVES.get(2), 2, 8, proof, null)).isFalse();
    }

    @Test
    void sm3TreeDiffersFromSha256Tree() {
        byte[] sm3Root = MerkleTree.root(DigestAlgorithm.SM3, LEAVES);

        assertThat(sm3Root).hasSize(32);
        assertThat(Hex.toHexString(sm3Root)).isNotEqualTo(ROOTS.get(8));
        assertThat(MerkleTree.root(DigestAlgorithm.SM3, List.of())).isEqualTo(DigestAlgorithm.SM3.digest(new byte[0]));
    }

    @Test
    void proofForIndexOutsideListRejected() {
        assertThatThrownBy(() -> MerkleTree.inclusionProof(DigestAlgorithm.SHA256, LEAVES, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8");
        assertThatThrownBy(() -> MerkleTree.inclusionProof(DigestAlgorithm.SHA256, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean verify(int index, int size, List<byte[]> proof) {
        byte[] leaf = index >= 0 && index < LEAVES.size() ? LEAVES.get(index) : new byte[0];
        return MerkleTree.verifyInclusion(DigestAlgorithm.SHA256, leaf, index, size, proof, Hex.decode(ROOTS.get(Math.max(size, 0))));
    }

    /** Leaves that look like statement digests: the digest of "statement i". */
    private static List<byte[]> numberedLeaves(DigestAlgorithm algorithm, int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(algorithm.digest(("statement " + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return leaves;
    }

    private static List<byte[]> hexList(String... values) {
        return Arrays.stream(values).map(Hex::decode).collect(Collectors.toUnmodifiableList());
    }

    private static List<String> hex(List<byte[]> nodes) {
        return nodes.stream().map(Hex::toHexString).toList();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
