package org.tradecert.crossdoc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradecert.compact.Key128;
import org.tradecert.compact.KeyTable;
import org.tradecert.compact.TextStore;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Groups the submissions of a ledger into trade transactions while the ledger streams past,
 * whatever order they arrive in. The facts of each submission go to a temporary file; memory
 * keeps a few numbers per submission (its place in the file, its group and the group's name)
 * and a 128-bit hash per grouping key, a few dozen bytes each, so a ledger of 100,000
 * submissions is grouped in a few megabytes. When the ledger has been read, the transactions
 * are read back one at a time.
 *
 * <p>Submissions join one transaction when they share a key: a statement digest (its own, one
 * it supersedes or references), a transport document number, a carrier booking number, a
 * customs declaration number, or the number of an invoice, packing list or booking. Customs
 * declaration and transport document numbers are unique across issuers; the numbers of
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
    private int[] parent = new int[1024];
    private long[] groupName = new long[1024];
    private int[] groupNameRank = new int[1024];
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private int[] submissionGroup = new int[1024];
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
        ensureCapacity(submissions + 1);
        offsets[submissions] = offset;
        lengths[submissions] = line.length;

        int group = newGroup(name(facts), nameRank(facts));
        for (String key : keys(facts)) {
            int other = groupOfKey.putIfAbsent(Key128.of(key), group);
            if (other != KeyTable.ABSENT) {
                group = union(group, other);
            }
        }
        submissionGroup[submissions] = group;
        submissions++;
    }

    public int submissions() {
        return submissions;
    }

    /**
     * The most submissions one trade transaction may have and still be checked. A consignment
     * from booking to payment has tens of documents, a few hundred with the events of many
     * containers; thousands mean that unrelated shipments share a number (a reused booking or
     * invoice number, say). Such a group is reported rather than read into memory and compared
     * pairwise.
     */
    public static final int MAX_DOCUMENTS = 2_000;

    /** The transactions in the order of their first submission, each of at most {@link #MAX_DOCUMENTS} submissions. */
    public Iterator<TradeTransaction> transactions() {
        return transactions(MAX_DOCUMENTS);
    }

    /**
     * The transactions in the order of their first submission; each is read back from the file
     * when its turn comes. A transaction of more than {@code maxDocuments} submissions comes
     * without its documents and with its size in {@link TradeTransaction#tooLarge()}.
     */
    public Iterator<TradeTransaction> transactions(int maxDocuments) {
        // Counting sort of the submissions by transaction, in int arrays rather than boxed lists,
        // so the grouping of a long ledger stays a few bytes per submission.
        int[] transactionOfRoot = new int[groups];
        Arrays.fill(transactionOfRoot, -1);
        int[] rootOfTransaction = new int[submissions];
        int[] start = new int[submissions + 1];
        int count = 0;
        for (int i = 0; i < submissions; i++) {
            int root = find(submissionGroup[i]);
            if (transactionOfRoot[root] == -1) {
                transactionOfRoot[root] = count;
                rootOfTransaction[count] = root;
                count++;
            }
            start[transactionOfRoot[root] + 1]++;
        }
        for (int t = 0; t < count; t++) {
            start[t + 1] += start[t];
        }
        int[] members = new int[submissions];
        int[] filled = Arrays.copyOf(start, count);
        for (int i = 0; i < submissions; i++) {
            members[filled[transactionOfRoot[find(submissionGroup[i])]]++] = i;
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
                String name = names.get(groupName[rootOfTransaction[next]]);
                int size = start[next + 1] - start[next];
                List<DocumentFacts> documents = new ArrayList<>();
                for (int m = start[next]; m < start[next + 1] && size <= maxDocuments; m++) {
                    documents.add(read(members[m]));
                }
                next++;
                return new TradeTransaction(name, documents, size > maxDocuments ? size : 0);
            }
        };
    }

    private DocumentFacts read(int submission) {
        byte[] line = new byte[lengths[submission]];
        try {
            store.seek(offsets[submission]);
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
        if (groups == parent.length) {
            parent = Arrays.copyOf(parent, groups * 2);
            groupName = Arrays.copyOf(groupName, groups * 2);
            groupNameRank = Arrays.copyOf(groupNameRank, groups * 2);
        }
        parent[groups] = groups;
        groupName[groups] = names.add(name);
        groupNameRank[groups] = rank;
        return groups++;
    }

    private int find(int group) {
        int root = group;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[group] != root) {
            int next = parent[group];
            parent[group] = root;
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
        parent[other] = keep;
        if (groupNameRank[other] > groupNameRank[keep]) {
            groupName[keep] = groupName[other];
            groupNameRank[keep] = groupNameRank[other];
        }
        return keep;
    }

    private void ensureCapacity(int size) {
        if (size > offsets.length) {
            int grown = Math.max(size, offsets.length * 2);
            offsets = Arrays.copyOf(offsets, grown);
            lengths = Arrays.copyOf(lengths, grown);
            submissionGroup = Arrays.copyOf(submissionGroup, grown);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
