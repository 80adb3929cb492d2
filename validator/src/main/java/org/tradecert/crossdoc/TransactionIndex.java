package org.tradecert.crossdoc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.compact.IntColumn;
import org.tradecert.compact.Key128;
import org.tradecert.compact.KeyTable;
import org.tradecert.compact.LongColumn;
import org.tradecert.compact.TextStore;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Groups the submissions of a ledger into trade transactions while the ledger streams past,
 * whatever order they arrive in. The facts of each submission go to a temporary file, and the
 * few numbers kept per submission (its place in the file, its group and the group's name) and
 * the 128-bit hash of each grouping key go to temporary files mapped into memory (see
 * {@link org.tradecert.compact}), so the heap stays flat however long the ledger is. When the
 * ledger has been read, the transactions are read back one at a time.
 *
 * <p>Submissions join one transaction when they share a key: a statement digest (its own, one
 * it supersedes or references), a transport document number, a carrier booking number, a
 * customs declaration number, or the number of an invoice, packing list or booking. Customs
 * declaration and transport document numbers are unique across issuers. The numbers of
 * invoices, packing lists and bookings are unique only for their issuer, so they are keys
 * only together with an identifier of the seller (or shipper) the document names. A contract
 * or order number is no key, because one contract may cover several shipments.
 */
public final class TransactionIndex implements Closeable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** UNTDID 1001 codes of transport documents, whose numbers are transport document numbers. */
    private static final Set<String> TRANSPORT_CODES = Set.of("703", "705", "706", "707", "710", "714", "740", "741");
    /** UNTDID 1001 codes of documents numbered by their issuer, by the document type of this standard. */
    private static final Map<String, String> ISSUER_NUMBERED = Map.of(
            "380", "commercial-invoice", "271", "packing-list", "335", "booking", "770", "booking");
    /** UNTDID 1001 codes of customs declarations, whose numbers customs assigns once in the whole country. */
    private static final Set<String> DECLARATION_CODES = Set.of("830", "929");

    private final Path file;
    private final RandomAccessFile store;
    private final KeyTable groupOfKey = new KeyTable();
    private final TextStore names = new TextStore();
    private final IntColumn parent = new IntColumn();
    private final LongColumn groupName = new LongColumn();
    private final IntColumn groupNameRank = new IntColumn();
    private final LongColumn offsets = new LongColumn();
    private final IntColumn lengths = new IntColumn();
    private final IntColumn submissionGroup = new IntColumn();
    private final List<IntColumn> sortColumns = new ArrayList<>();
    private int groups;
    private int submissions;

    public TransactionIndex() {
        try {
            this.file = Files.createTempFile("tradecert-facts-", ".jsonl");
            this.store = new RandomAccessFile(file.toFile(), "rw");
        } catch (IOException e) {
            throw new UncheckedIOException("the temporary file for cross-document facts cannot be created", e);
        }
    }

    /** Adds a submission's facts; submissions must come in ledger order. */
    public void add(DocumentFacts facts) {
        byte[] line;
        long offset;
        try {
            line = MAPPER.writeValueAsBytes(facts);
            offset = store.length();
            store.seek(offset);
            store.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cross-document facts cannot be written to " + file, e);
        }
        offsets.set(submissions, offset);
        lengths.set(submissions, line.length);

        int group = newGroup(name(facts), nameRank(facts));
        for (String key : keys(facts)) {
            int other = groupOfKey.putIfAbsent(Key128.of(key), group);
            if (other != KeyTable.ABSENT) {
                group = union(group, other);
            }
        }
        submissionGroup.set(submissions, group);
        submissions++;
    }

    public int submissions() {
        return submissions;
    }

    /**
     * The maximum number of submissions a trade transaction may have and still be checked. A
     * consignment from booking to payment has tens of documents, or a few hundred with the events
     * of many containers. Thousands mean that unrelated shipments share a number, such as a reused
     * booking or invoice number, so such a group is reported rather than read into memory and
     * compared pairwise.
     */
    public static final int MAX_DOCUMENTS = 2_000;

    /** Returns the transactions in the order of their first submission, each of at most {@link #MAX_DOCUMENTS} submissions. */
    public Iterator<TradeTransaction> transactions() {
        return transactions(MAX_DOCUMENTS);
    }

    /**
     * Returns the transactions in the order of their first submission, each read back from the
     * file when its turn comes. A transaction of more than {@code maxDocuments} submissions comes
     * without its documents and with its size in {@link TradeTransaction#tooLarge()}.
     */
    public Iterator<TradeTransaction> transactions(int maxDocuments) {
        // Counting sort of the submissions by transaction, in columns outside the heap, so that
        // grouping a long ledger keeps the heap flat. The numbering of transactions is kept plus
        // one, because a new column reads as zero.
        IntColumn transactionOfRoot = sortColumn();
        IntColumn rootOfTransaction = sortColumn();
        IntColumn start = sortColumn();
        int count = 0;
        for (int i = 0; i < submissions; i++) {
            int root = find(submissionGroup.get(i));
            if (transactionOfRoot.get(root) == 0) {
                transactionOfRoot.set(root, count + 1);
                rootOfTransaction.set(count, root);
                count++;
            }
            int transaction = transactionOfRoot.get(root) - 1;
            start.set(transaction + 1, start.get(transaction + 1) + 1);
        }
        for (int t = 0; t < count; t++) {
            start.set(t + 1, start.get(t + 1) + start.get(t));
        }
        IntColumn members = sortColumn();
        IntColumn filled = sortColumn();
        for (int t = 0; t < count; t++) {
            filled.set(t, start.get(t));
        }
        for (int i = 0; i < submissions; i++) {
            int transaction = transactionOfRoot.get(find(submissionGroup.get(i))) - 1;
            int position = filled.get(transaction);
            members.set(position, i);
            filled.set(transaction, position + 1);
        }

        int transactions = count;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < transactions;
            }

            @Override
            public TradeTransaction next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String name = names.get(groupName.get(rootOfTransaction.get(next)));
                int first = start.get(next);
                int size = start.get(next + 1) - first;
                List<DocumentFacts> documents = new ArrayList<>();
                for (int m = first; m < first + size && size <= maxDocuments; m++) {
                    documents.add(read(members.get(m)));
                }
                next++;
                return new TradeTransaction(name, documents, size > maxDocuments ? size : 0);
            }
        };
    }

    private DocumentFacts read(int submission) {
        byte[] line = new byte[lengths.get(submission)];
        try {
            store.seek(offsets.get(submission));
            store.readFully(line);
            return MAPPER.readValue(line, DocumentFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cross-document facts cannot be read back from " + file, e);
        }
    }

    /** The keys that tie a submission to others; see the class comment. */
    static List<String> keys(DocumentFacts facts) {
        List<String> keys = new ArrayList<>();
        if (facts.statementDigest() != null) {
            keys.add("digest:" + facts.statementDigest());
        }
        if (facts.supersedes() != null) {
            keys.add("digest:" + facts.supersedes());
        }
        for (String reference : facts.references()) {
            statementReferenceKey(reference, keys);
        }

        List<String> sellers = sellers(facts);
        String ownType = facts.documentType();
        if (facts.documentId() != null && ownType != null) {
            switch (ownType) {
                case "goods-declaration" -> keys.add("doc:goods-declaration:" + facts.documentId());
                case "sea-transport-document", "air-waybill" -> keys.add("transport:" + transportNumber(facts.documentId()));
                case "commercial-invoice", "packing-list", "booking" -> issuerNumbered(ownType, facts.documentId(), sellers, keys);
                default -> {
                    // Events and payment advices are numbered by their issuer and never referenced by number.
                }
            }
        }

        for (Fact fact : facts.all(FactNames.TRANSPORT_DOCUMENT_NUMBER)) {
            keys.add("transport:" + transportNumber(fact.value()));
        }
        for (Fact fact : facts.all(FactNames.MASTER_TRANSPORT_DOCUMENT_NUMBER)) {
            keys.add("transport:" + transportNumber(fact.value()));
        }
        for (Fact fact : facts.all(FactNames.BOOKING_NUMBER)) {
            keys.add("booking:" + fact.value());
        }
        for (Fact fact : facts.all(FactNames.INVOICE_NUMBER)) {
            issuerNumbered("commercial-invoice", fact.value(), sellers, keys);
        }
        for (Fact fact : facts.all(FactNames.REMITTED_INVOICE)) {
            issuerNumbered("commercial-invoice", fact.value(), sellers, keys);
        }
        for (Fact fact : facts.all(FactNames.DECLARATION_NUMBER)) {
            keys.add("doc:goods-declaration:" + fact.value());
        }
        for (Fact fact : facts.all(FactNames.REFERENCED_DOCUMENT)) {
            int colon = fact.value().indexOf(':');
            if (colon > 0) {
                String code = fact.value().substring(0, colon);
                String number = fact.value().substring(colon + 1);
                if (TRANSPORT_CODES.contains(code)) {
                    keys.add("transport:" + transportNumber(number));
                } else if (DECLARATION_CODES.contains(code)) {
                    keys.add("doc:goods-declaration:" + number);
                } else if (ISSUER_NUMBERED.containsKey(code)) {
                    issuerNumbered(ISSUER_NUMBERED.get(code), number, sellers, keys);
                }
            }
        }
        return keys;
    }

    /**
     * The key of a statement reference: a statement digest as it is; a document type and
     * number only for types whose numbers are unique across issuers (declarations and
     * transport documents), because the reference does not say who issued the document.
     */
    private static void statementReferenceKey(String reference, List<String> keys) {
        if (reference.startsWith("digest:")) {
            keys.add(reference);
        } else if (reference.startsWith("doc:goods-declaration:")) {
            keys.add(reference);
        } else if (reference.startsWith("doc:sea-transport-document:")) {
            keys.add("transport:" + transportNumber(reference.substring("doc:sea-transport-document:".length())));
        } else if (reference.startsWith("doc:air-waybill:")) {
            keys.add("transport:" + transportNumber(reference.substring("doc:air-waybill:".length())));
        }
    }

    /** Keys of a document numbered by its issuer: the number qualified by each identifier of the seller the document names. */
    private static void issuerNumbered(String type, String number, List<String> sellers, List<String> keys) {
        for (String seller : sellers) {
            keys.add("doc:" + type + ":" + seller + ":" + number);
        }
    }

    /** The identifiers of the seller side a document names: seller, exporter, shipper, domestic consignor, or the payee of a payment. */
    private static List<String> sellers(DocumentFacts facts) {
        List<String> sellers = new ArrayList<>();
        for (Fact fact : facts.all(FactNames.SELLER_ID)) {
            sellers.add(fact.value());
        }
        for (Fact fact : facts.all(FactNames.PAYEE_ID)) {
            sellers.add(fact.value());
        }
        return sellers;
    }

    /** A transport document number as compared: upper case without spaces or hyphens, so 963-26100454 and 96326100454 agree. */
    public static String transportNumber(String number) {
        StringBuilder normalised = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != '-' && c != ' ') {
                normalised.append(Character.toUpperCase(c));
            }
        }
        return normalised.toString();
    }

    /** How good a name {@link #name} gives: a transport document number names a consignment best, then a booking number. */
    private static int nameRank(DocumentFacts facts) {
        return facts.has(FactNames.TRANSPORT_DOCUMENT_NUMBER) ? 2 : facts.has(FactNames.BOOKING_NUMBER) ? 1 : 0;
    }

    /** The readable name of a group started by this submission: its transport document number, booking number or document number. */
    private static String name(DocumentFacts facts) {
        if (facts.has(FactNames.TRANSPORT_DOCUMENT_NUMBER)) {
            return facts.first(FactNames.TRANSPORT_DOCUMENT_NUMBER).value();
        }
        if (facts.has(FactNames.BOOKING_NUMBER)) {
            return facts.first(FactNames.BOOKING_NUMBER).value();
        }
        return facts.documentId() != null ? facts.documentId() : facts.source();
    }

    private int newGroup(String name, int rank) {
        parent.set(groups, groups);
        groupName.set(groups, names.add(name));
        groupNameRank.set(groups, rank);
        return groups++;
    }

    private int find(int group) {
        int root = group;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(group) != root) {
            int next = parent.get(group);
            parent.set(group, root);
            group = next;
        }
        return root;
    }

    /** Joins two groups; the one with the better name (a transport document number over anything else) gives its name. */
    private int union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return rootA;
        }
        int keep = Math.min(rootA, rootB);
        int other = Math.max(rootA, rootB);
        parent.set(other, keep);
        if (groupNameRank.get(other) > groupNameRank.get(keep)) {
            groupName.set(keep, groupName.get(other));
            groupNameRank.set(keep, groupNameRank.get(other));
        }
        return keep;
    }

    /** Creates a column for sorting the submissions into transactions, released when the index closes. */
    private IntColumn sortColumn() {
        IntColumn column = new IntColumn();
        sortColumns.add(column);
        return column;
    }

    @Override
    public void close() throws IOException {
        groupOfKey.close();
        names.close();
        for (IntColumn column : List.of(parent, groupNameRank, lengths, submissionGroup)) {
            column.close();
        }
        groupName.close();
        offsets.close();
        sortColumns.forEach(IntColumn::close);
        try {
            store.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
