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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * X17: a description of the goods on another document may be more general than the
 * invoice's but must not conflict with it (UCP 600 articles 14(d) and 18(c)): it shares at
 * least one word with the descriptions of the invoice lines it covers (the lines an item is
 * matched to, or every line for a booking or transport document). Words are Latin-script
 * words of three letters or more without a few function words and a plural s, numbers of two
 * digits or more, and pairs of adjacent Chinese characters. Two descriptions in different
 * scripts (a Chinese declaration, an English invoice) share no words by nature and are not
 * compared. A fuzzy match can be wrong, so this is a warning.
 */
public final class DescriptionsDoNotConflict extends CrossDocumentRule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("XDOC-X17-DESCRIPTION", Layer.CROSS_DOCUMENT, Severity.WARNING,
            "ICC UCP 600 articles 14(d) and 18(c)", Transactions.INVOICE, Transactions.PACKING_LIST, Transactions.DECLARATION,
            Transactions.BOOKING, Transactions.SEA_TRANSPORT_DOCUMENT, Transactions.AIR_WAYBILL);

    private static final Set<String> FUNCTION_WORDS = Set.of("and", "for", "the", "with", "of", "per", "from", "not", "other", "parts");

    public DescriptionsDoNotConflict() {
        super(DEFINITION);
    }

    /** The words of a description, split by script so that only words of a script both descriptions use are compared. */
    record Words(Set<String> latin, Set<String> chinese) {

        /** Whether the two share a script whose words can be compared. */
        boolean comparableWith(Words other) {
            return !latin.isEmpty() && !other.latin.isEmpty() || !chinese.isEmpty() && !other.chinese.isEmpty();
        }

        boolean overlaps(Words other) {
            return latin.stream().anyMatch(other.latin::contains) || chinese.stream().anyMatch(other.chinese::contains);
        }
    }

    @Override
    public void check(TradeTransaction transaction, CrossContext context) {
        if (Transactions.ofTypes(transaction, Transactions.INVOICE).isEmpty()) {
            NotApplicable.missingDocument(context, Transactions.INVOICE);
            return;
        }
        boolean compared = false;
        for (GoodsLines.Pairing pairing : GoodsLines.pairings(transaction)) {
            DocumentFacts document = pairing.document();
            List<LineMatching.Group> groups = pairing.itemised() ? LineMatching.match(pairing.invoice(), document)
                    : List.of(new LineMatching.Group(LineMatching.lines(pairing.invoice()), LineMatching.lines(document), false));
            for (LineMatching.Group group : groups) {
                Words invoiced = new Words(new LinkedHashSet<>(), new LinkedHashSet<>());
                List<Evidence> invoiceEvidence = new ArrayList<>();
                for (String line : group.invoiceLines()) {
                    for (Fact description : Transactions.keyed(pairing.invoice(), FactNames.LINE_DESCRIPTION, line)) {
                        Words words = words(description.value());
                        invoiced.latin().addAll(words.latin());
                        invoiced.chinese().addAll(words.chinese());
                        invoiceEvidence.add(Invoices.owner(pairing.invoices(), description).evidence(FactNames.LINE_DESCRIPTION, description));
                    }
                }
                for (String item : group.items()) {
                    for (Fact description : Transactions.keyed(document, FactNames.LINE_DESCRIPTION, item)) {
                        Words words = words(description.value());
                        if (!words.comparableWith(invoiced)) {
                            continue;
                        }
                        compared = true;
                        if (!words.overlaps(invoiced)) {
                            LineSums.mismatch(context, document, List.of(item), Transactions.labels(pairing.invoices()), group.invoiceLines(),
                                    FactNames.LINE_DESCRIPTION, invoiceEvidence.stream().map(Evidence::value).reduce((a, b) -> a + "; " + b).orElse(""),
                                    description.value(), List.of(document.evidence(FactNames.LINE_DESCRIPTION, description)), invoiceEvidence, "");
                        }
                    }
                }
            }
        }
        if (!compared) {
            context.notApplicable("outcome.crossdoc.not-comparable", FactNames.LINE_DESCRIPTION);
        }
    }

    /** The comparable words of a description. */
    static Words words(String text) {
        Set<String> latin = new LinkedHashSet<>();
        Set<String> chinese = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        StringBuilder han = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT) + " ";
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                addWord(word, latin);
                han.appendCodePoint(codePoint);
            } else if (Character.isLetterOrDigit(codePoint)) {
                addHan(han, chinese);
                word.appendCodePoint(codePoint);
            } else {
                addWord(word, latin);
                addHan(han, chinese);
            }
        }
        return new Words(latin, chinese);
    }

    private static void addWord(StringBuilder word, Set<String> words) {
        String text = word.toString();
        word.setLength(0);
        boolean number = !text.isEmpty() && text.chars().allMatch(Character::isDigit);
        if (number ? text.length() < 2 : text.length() < 3 || FUNCTION_WORDS.contains(text)) {
            return;
        }
        if (!number && text.length() > 3 && text.endsWith("s") && !text.endsWith("ss")) {
            text = text.substring(0, text.length() - 1);
        }
        words.add(text);
    }

    private static void addHan(StringBuilder han, Set<String> words) {
        String text = han.toString();
        han.setLength(0);
        if (text.codePointCount(0, text.length()) == 1) {
            words.add(text);
        }
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            words.add(new String(codePoints, i, 2));
        }
    }
}
