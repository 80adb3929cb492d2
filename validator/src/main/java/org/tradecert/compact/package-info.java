/**
 * Compact stores for what the engine must remember of every submission of a long ledger:
 * hash tables of 128-bit keys to submission numbers, texts and fixed-size records, all kept in
 * temporary files mapped into memory. The Java heap stays flat however long the ledger is.
 */
package org.tradecert.compact;
