/**
 * Compact in-memory stores for what the engine must remember of every submission of a long
 * ledger: hash tables of 128-bit keys to submission numbers, and texts packed into byte arrays.
 * They hold a few dozen bytes per entry where Java maps of strings hold several hundred.
 */
package org.tradecert.compact;
