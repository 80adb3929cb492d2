package org.tradecert.conformance.run;

import org.tradecert.api.DocumentResult;
import org.tradecert.conformance.submission.Submission;

/**
 * One thing a scenario judges: a submission of the participant with its validation result, a
 * trade transaction that holds such a submission, or the ledger that holds them.
 *
 * @param submission the submission, for {@link Kind#SUBMISSION}; else null
 */
public record Subject(Kind kind, DocumentResult result, Submission submission) {

    /** What the subject is. */
    public enum Kind {
        SUBMISSION, TRANSACTION, LEDGER
    }

    /** A short English description for Cucumber's reports: the document and submission, or the transaction or ledger. */
    public String label() {
        if (submission != null) {
            return submission.documentType() + " " + submission.documentId() + " v" + submission.statement().docVersion()
                    + " (submission " + submission.submissionId() + ")";
        }
        return result.source();
    }
}
