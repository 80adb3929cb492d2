package org.tradecert.cli.crosscheck;

import org.tradecert.api.DocumentResult;
import org.tradecert.api.Verdict;

import java.io.IOException;

/**
 * Writes the crosscheck view of a ledger: each trade transaction as it is checked, then what is
 * known only at the end (the ledger chain's own result and the totals).
 */
interface TimelineWriter {

    void begin(String ledger) throws IOException;

    void transaction(TransactionTimeline timeline) throws IOException;

    void end(LedgerSummary summary) throws IOException;

    /**
     * The totals of a crosscheck run.
     *
     * @param chain        the result of the ledger's own checks (hash chain, signatures of the blocks), or null when there is none
     * @param submissions  the number of submissions on the ledger
     * @param transactions the number of trade transactions found
     * @param written      the number of transactions written to the view
     * @param verdict      the verdict of the transactions written, their documents and the chain, at the run's threshold
     */
    record LedgerSummary(String ledger, DocumentResult chain, long submissions, int transactions, int written, Verdict verdict) {
    }
}
