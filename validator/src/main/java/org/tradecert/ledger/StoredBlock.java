package org.tradecert.ledger;

/**
 * A block as found in storage: the block when it could be read, otherwise the reason it could not.
 *
 * @param name where it was read, e.g. {@code blocks/000000000003.block.json} or {@code export line 5}
 */
public record StoredBlock(String name, Block block, String error) {
}
