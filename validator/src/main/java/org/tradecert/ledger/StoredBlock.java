package org.tradecert.ledger;

/**
 * A block as found in storage: the block when it could be read, otherwise the reason it could not.
 *
 * @param name where it was read, e.g. {@code blocks/000000000003.block.json} or {@code export line 5}
 */
public record StoredBlock(String name, Block block, String error) {

    /**
     * The maximum number of characters of JSON in one stored block, 256 Mi. That is room for
     * hundreds of submissions with embedded documents, while a hostile file cannot make the
     * reader hold gigabytes of one line or file.
     */
    public static final int MAX_CHARS = 256 << 20;

    static String tooLarge() {
        return "the block is longer than " + (MAX_CHARS >> 20) + " MiB of JSON, the most a stored block may have";
    }
}
