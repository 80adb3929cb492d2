package org.tradecert.selftest;

import java.time.Instant;
import java.util.List;

/**
 * What a fixture starts from before its edits. Paths are relative to the examples folder. Two
 * fixtures that name the same base share one run of it when neither changes it.
 */
public sealed interface Base {

    /** The key of the base in a fixture file, such as {@code document} or {@code ledger}. */
    String kind();

    /** What identifies the base within its kind, for messages: a path, a signer, a block. */
    List<String> arguments();

    /** An example document, as a file of the same name. */
    record Document(String path) implements Base {
        @Override
        public String kind() {
            return "document";
        }

        @Override
        public List<String> arguments() {
            return List.of(path);
        }
    }

    /** Bytes written out in the fixture itself, for inputs no example holds: empty, binary, hostile. */
    record Content(List<ContentPart> parts) implements Base {

        public Content {
            parts = List.copyOf(parts);
        }

        @Override
        public String kind() {
            return "content";
        }

        @Override
        public List<String> arguments() {
            return List.of(Integer.toString(parts.size()));
        }
    }

    /**
     * One piece of a content base.
     *
     * @param form   {@code text} (UTF-8), {@code hex}, {@code base64} or {@code file} (an example file's bytes)
     * @param repeat how many times the piece is written, at least 1
     */
    record ContentPart(String form, String value, int repeat) {
    }

    /** An envelope signed for the run, written as {@code NAME.envelope.json} beside nothing else. */
    record Envelope(EnvelopeSpec spec) implements Base {
        @Override
        public String kind() {
            return "envelope";
        }

        @Override
        public List<String> arguments() {
            return List.of(spec.document() == null ? "" : spec.document(), spec.signer() == null ? "" : spec.signer(),
                    spec.createdAt().toString());
        }
    }

    /** Several envelopes validated in one run, in the order given, for the checks that need history. */
    record Envelopes(List<EnvelopeSpec> specs) implements Base {

        public Envelopes {
            specs = List.copyOf(specs);
        }

        @Override
        public String kind() {
            return "envelopes";
        }

        @Override
        public List<String> arguments() {
            return List.of(Integer.toString(specs.size()));
        }
    }

    /** A copy of an example sandbox ledger. */
    record Ledger(String path) implements Base {
        @Override
        public String kind() {
            return "ledger";
        }

        @Override
        public List<String> arguments() {
            return List.of(path);
        }
    }

    /** An empty sandbox ledger of the demo consortium's operator, holding only block 0. */
    record NewLedger(String chainId, String channel, Instant created) implements Base {
        @Override
        public String kind() {
            return "new-ledger";
        }

        @Override
        public List<String> arguments() {
            return List.of(chainId, channel, created.toString());
        }
    }

    /** The envelope of one transaction of an example ledger with the anchor the ledger gives it, as one envelope file. */
    record AnchoredEnvelope(String ledger, int block, int transaction) implements Base {
        @Override
        public String kind() {
            return "anchored-envelope";
        }

        @Override
        public List<String> arguments() {
            return List.of(ledger, Integer.toString(block), Integer.toString(transaction));
        }
    }

    /**
     * A condition of the file system that the runner creates: {@code missing} (a path that does
     * not exist), {@code symbolic-link} (a folder holding a symbolic link to the document) or
     * {@code folder-in-place} (the document's file, listed and then replaced by a folder before
     * it is read).
     *
     * @param document the example document the condition is made with; null for {@code missing}
     */
    record FileCondition(String condition, String document) implements Base {
        @Override
        public String kind() {
            return "file-condition";
        }

        @Override
        public List<String> arguments() {
            return List.of(condition, document == null ? "" : document);
        }
    }
}
