package org.tradecert.crossdoc.rules;

import org.tradecert.api.Evidence;
import org.tradecert.api.Layer;
import org.tradecert.api.Severity;
import org.tradecert.crossdoc.CrossContext;
import org.tradecert.crossdoc.CrossDocumentRule;
import org.tradecert.crossdoc.DocumentFacts;
import org.tradecert.crossdoc.Fact;
import org.tradecert.crossdoc.FactNames;
import org.tradecert.crossdoc.TradeTransaction;
import org.tradecert.rules.RuleDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * X08: the number of packages is the same on the packing list, the bill of lading (its total,
 * or the sum of its items' packages), the air waybill (pieces), the declaration (件数) and the
 * invoice, and so is the number of packages in each container wherever it is stated; the
 * package types agree: the packing list and the transport document use the same
 * Recommendation 21 types, and each of them is one the declaration's China customs package
 * type (包装种类) covers. Counts must agree exactly.
 */
public final class PackagesMatch extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X08-PACKAGES", Layer.CROSS_DOCUMENT, Severity.ERROR,
            "Customs practice", Transactions.PACKING_LIST, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL,
            Transactions.DECLARATION, Transactions.INVOICE, Transactions.EVENT);

    private static final List<String> PRIORITY = List.of(Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL, Transactions.DECLARATION,
            Transactions.PACKING_LIST, Transactions.INVOICE, Transactions.EVENT);

    public PackagesMatch() {
        super(DEFINITION);
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        boolean compared = compareCounts(transaction, context);
        compared |= compareContainerCounts(transaction, context);
        compared |= compareTypes(transaction, context);
        compared |= compareCustomsType(transaction, context);
        if (!compared) {
            NotApplicable.fewerThanTwo(context, FactNames.PACKAGE_COUNT, Transactions.transportDocuments(transaction));
        }
    }

    private static boolean compareCounts(TradeTransaction transaction, CrossContext context) {
        List<Observation<BigDecimal>> counts = new ArrayList<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.SEA_TRANSPORT_DOCUMENT,
                Transactions.AIR_WAYBILL, Transactions.DECLARATION, Transactions.INVOICE)) {
            Fact total = document.first(FactNames.PACKAGE_COUNT);
            if (total == null && Transactions.SEA_TRANSPORT_DOCUMENT.equals(document.documentType())) {
                total = itemSum(document);
            }
            BigDecimal value = Transactions.decimal(total);
            if (value != null) {
                counts.add(new Observation<>(document, total, value));
            }
        }
        return report(context, counts, FactNames.PACKAGE_COUNT);
    }

    private static boolean compareContainerCounts(TradeTransaction transaction, CrossContext context) {
        Map<String, List<Observation<BigDecimal>>> byContainer = new LinkedHashMap<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.SEA_TRANSPORT_DOCUMENT,
                Transactions.DECLARATION, Transactions.EVENT)) {
            for (Fact count : document.all(FactNames.CONTAINER_PACKAGE_COUNT)) {
                BigDecimal value = Transactions.decimal(count);
                if (value != null && count.key() != null) {
                    byContainer.computeIfAbsent(count.key(), any -> new ArrayList<>()).add(new Observation<>(document, count, value));
                }
            }
        }
        boolean compared = false;
        for (Map.Entry<String, List<Observation<BigDecimal>>> container : byContainer.entrySet()) {
            compared |= report(context, container.getValue(), FactNames.CONTAINER_PACKAGE_COUNT + " " + container.getKey());
        }
        return compared;
    }

    private static boolean report(CrossContext context, List<Observation<BigDecimal>> observations, String subject) {
        Consensus.Outcome<BigDecimal> outcome = Consensus.of(observations, (first, second) -> first.compareTo(second) == 0, PRIORITY);
        if (outcome == null || outcome.documents() < 2) {
            return false;
        }
        Consensus.reportOutliers(context, outcome, subject.split(" ")[0], subject);
        return true;
    }

    /** The Recommendation 21 types of the packing list and the transport documents, compared as sets. */
    private static boolean compareTypes(TradeTransaction transaction, CrossContext context) {
        List<Observation<Set<String>>> types = new ArrayList<>();
        for (DocumentFacts document : Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.SEA_TRANSPORT_DOCUMENT,
                Transactions.AIR_WAYBILL)) {
            Set<String> codes = rec21Types(document);
            if (!codes.isEmpty()) {
                Fact written = new Fact(String.join(" ", codes), null, document.first(FactNames.PACKAGE_TYPE).path(),
                        document.first(FactNames.PACKAGE_TYPE).line(), null);
                types.add(new Observation<>(document, written, codes));
            }
        }
        Consensus.Outcome<Set<String>> outcome = Consensus.of(types, Set::equals, PRIORITY);
        if (outcome == null || outcome.documents() < 2) {
            return false;
        }
        Consensus.reportOutliers(context, outcome, FactNames.PACKAGE_TYPE, FactNames.PACKAGE_TYPE);
        return true;
    }

    /** Every Recommendation 21 type of the other documents is covered by the declaration's China customs package type. */
    private static boolean compareCustomsType(TradeTransaction transaction, CrossContext context) {
        boolean compared = false;
        for (DocumentFacts declaration : Transactions.ofTypes(transaction, Transactions.DECLARATION)) {
            Fact customsType = declaration.first(FactNames.PACKAGE_TYPE);
            if (customsType == null) {
                continue;
            }
            Optional<Set<String>> covered = CustomsCodes.packageTypes(context.codeLists(), customsType.value());
            if (covered.isEmpty()) {
                continue;
            }
            String expected = customsType.value() + " (" + CustomsCodes.pack(context.codeLists(), "GACCPackageType") + ": "
                    + String.join(" ", covered.get()) + ")";
            for (DocumentFacts other : Transactions.ofTypes(transaction, Transactions.PACKING_LIST, Transactions.SEA_TRANSPORT_DOCUMENT,
                    Transactions.AIR_WAYBILL)) {
                for (Fact type : other.all(FactNames.PACKAGE_TYPE)) {
                    compared = true;
                    if (!covered.get().contains(type.value())) {
                        List<Evidence> evidence = List.of(other.evidence(FactNames.PACKAGE_TYPE, type),
                                declaration.evidence(FactNames.PACKAGE_TYPE, customsType));
                        context.mismatch(expected, type.value(), evidence, Transactions.label(other), Transactions.label(declaration),
                                FactNames.PACKAGE_TYPE);
                    }
                }
            }
        }
        return compared;
    }

    private static Set<String> rec21Types(DocumentFacts document) {
        Set<String> codes = new TreeSet<>();
        for (Fact type : document.all(FactNames.PACKAGE_TYPE)) {
            if ("Rec21".equals(type.qualifier())) {
                codes.add(type.value());
            }
        }
        return codes;
    }

    /** The sum of the package counts of a bill of lading's items, standing for its total when it states none. */
    private static Fact itemSum(DocumentFacts document) {
        List<Fact> counts = document.all(FactNames.LINE_PACKAGE_COUNT);
        if (counts.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Fact count : counts) {
            BigDecimal value = Transactions.decimal(count);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return new Fact(Decimals.plain(sum), null, counts.get(0).path(), counts.get(0).line(), null);
    }
}
