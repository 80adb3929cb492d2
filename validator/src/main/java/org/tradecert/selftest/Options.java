package org.tradecert.selftest;

import java.time.Duration;

/**
 * Engine settings a fixture changes for its run, for the rules that only a setting can make
 * fire: a time limit per document, a size limit per input, a limit on the submissions of a
 * trade transaction, a document type given on the command line instead of the one the document
 * names, or imported code-list packs.
 *
 * @param timeLimit null for the engine's default
 * @param sizeLimit in bytes; null for the engine's default
 * @param transactionSizeLimit the most submissions a trade transaction may have and still be checked; null for the engine's default
 * @param type      {@code type} or {@code type@version}; null to take the type the document names
 * @param codeLists a folder of code-list packs relative to the examples folder, which replace the bundled
 *                  packs of their lists as {@code tradecert codelists import} does; null for the bundled packs
 */
public record Options(Duration timeLimit, Long sizeLimit, Integer transactionSizeLimit, String type, String codeLists) {

    private static final Options NONE = new Options(null, null, null, null, null);

    public static Options none() {
        return NONE;
    }

    public boolean isDefault() {
        return timeLimit == null && sizeLimit == null && transactionSizeLimit == null && type == null && codeLists == null;
    }
}
