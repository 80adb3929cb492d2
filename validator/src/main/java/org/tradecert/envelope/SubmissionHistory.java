package org.tradecert.envelope;

import org.tradecert.api.Finding;
import org.tradecert.api.Location;

import org.tradecert.compact.Key128;
import org.tradecert.compact.KeyTable;
import org.tradecert.compact.MappedColumn;
import org.tradecert.compact.TextStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the ledger has seen so far, for the checks that need history: a submission id or nonce
 * used twice by one organisation (replay), and supersession chains, where a new version must
 * name the statement digest of the version it replaces, come from the same organisation, keep
 * the document type and number, and count up by one. Submissions must be offered in ledger
 * order, because the earliest anchored version wins.
 *
 * <p>It remembers every submission, so it is kept compact and outside the heap: hashed keys in
 * tables, the few texts a finding quotes and a record per submission, all in temporary files
 * mapped into memory (see {@link org.tradecert.compact}). Close it to release them.
 */
public final class SubmissionHistory implements AutoCloseable {

    /** The remembered part of an anchored submission. */
    public record Seen(String statementDigest, String orgId, String docType, String docId, int docVersion, String submissionId) {
    }

    private final KeyTable byDigest = new KeyTable();
    private final KeyTable submissionIds = new KeyTable();
    private final KeyTable nonces = new KeyTable();
    private final KeyTable versions = new KeyTable();
    private final TextStore texts = new TextStore();
    private final Names organisations = new Names();
    private final Names documentTypes = new Names();

    /**
     * One record per submission: the handles of its statement digest, document id and
     * submission id (8 bytes each), then its organisation, document type and version numbers
     * (4 bytes each).
     */
    private final MappedColumn records = new MappedColumn();
    private static final int RECORD = 36;
    private int count;

    /** Checks a submission against what came before it, then remembers it. */
    public void record(Statement statement, String statementDigest, Location location, List<Finding> findings) {
        String org = statement.submitterOrgId();
        int index = count;

        int earlier = submissionIds.putIfAbsent(Key128.of(org, statement.submissionId()), index);
        if (earlier != KeyTable.ABSENT) {
            findings.add(AuthorisationRules.REPLAYED_SUBMISSION.finding(location, statement.submissionId(), org, digest(earlier)));
        }
        earlier = nonces.putIfAbsent(Key128.of(org, statement.nonce()), index);
        if (earlier != KeyTable.ABSENT) {
            findings.add(AuthorisationRules.REPLAYED_NONCE.finding(location, statement.nonce(), org, digest(earlier)));
        }

        if (statement.supersedes() == null) {
            if (statement.docVersion() != 1) {
                findings.add(AuthorisationRules.VERSION_CHAIN.mismatch(location, "1", Integer.toString(statement.docVersion()),
                        statement.docType(), statement.docId()));
            }
        } else {
            Seen replaced = find(statement.supersedes());
            if (replaced == null) {
                findings.add(AuthorisationRules.SUPERSEDES_UNKNOWN.finding(location, statement.supersedes()));
            } else {
                if (!replaced.orgId().equals(org)) {
                    findings.add(AuthorisationRules.SUPERSEDES_ORGANISATION.mismatch(location, replaced.orgId(), org,
                            statement.docType(), statement.docId()));
                }
                if (!replaced.docType().equals(statement.docType()) || !replaced.docId().equals(statement.docId())) {
                    findings.add(AuthorisationRules.SUPERSEDES_DOCUMENT.mismatch(location, replaced.docType() + " " + replaced.docId(),
                            statement.docType() + " " + statement.docId()));
                }
                if (statement.docVersion() != replaced.docVersion() + 1) {
                    findings.add(AuthorisationRules.VERSION_CHAIN.mismatch(location, Integer.toString(replaced.docVersion() + 1),
                            Integer.toString(statement.docVersion()), statement.docType(), statement.docId()));
                }
            }
        }

        Key128 version = Key128.of(org, statement.docType(), statement.docId(), Integer.toString(statement.docVersion()));
        earlier = versions.putIfAbsent(version, index);
        if (earlier != KeyTable.ABSENT && !digest(earlier).equals(statementDigest)) {
            findings.add(AuthorisationRules.VERSION_CONFLICT.finding(location, statement.docType(), statement.docId(),
                    Integer.toString(statement.docVersion()), digest(earlier)));
        }
        byDigest.putIfAbsent(Key128.of(statementDigest), index);

        remember(statement, statementDigest);
    }

    /** Returns the remembered part of the submission with this statement digest, or null. */
    public Seen find(String statementDigest) {
        int index = byDigest.get(Key128.of(statementDigest));
        if (index == KeyTable.ABSENT) {
            return null;
        }
        long record = (long) index * RECORD;
        return new Seen(digest(index), organisations.name(records.getInt(record + 24)), documentTypes.name(records.getInt(record + 28)),
                texts.get(records.getLong(record + 8)), records.getInt(record + 32), texts.get(records.getLong(record + 16)));
    }

    private void remember(Statement statement, String statementDigest) {
        long record = (long) count * RECORD;
        records.putLong(record, texts.add(statementDigest));
        records.putLong(record + 8, texts.add(Objects.toString(statement.docId(), "")));
        records.putLong(record + 16, texts.add(Objects.toString(statement.submissionId(), "")));
        records.putInt(record + 24, organisations.number(Objects.toString(statement.submitterOrgId(), "")));
        records.putInt(record + 28, documentTypes.number(Objects.toString(statement.docType(), "")));
        records.putInt(record + 32, statement.docVersion());
        count++;
    }

    private String digest(int index) {
        return texts.get(records.getLong((long) index * RECORD));
    }

    /** Releases the temporary files of the history. */
    @Override
    public void close() {
        byDigest.close();
        submissionIds.close();
        nonces.close();
        versions.close();
        texts.close();
        records.close();
    }

    /** Numbers for the few distinct organisation ids and document types of a ledger. */
    private static final class Names {

        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int number(String name) {
            return numbers.computeIfAbsent(name, any -> {
                names.add(name);
                return names.size() - 1;
            });
        }

        String name(int number) {
            return names.get(number);
        }
    }
}
