package org.tradecert.crossdoc;

import org.junit.jupiter.api.Test;
import org.tradecert.ProjectPaths;
import org.tradecert.api.DocumentResult;
import org.tradecert.api.Finding;
import org.tradecert.api.Layer;
import org.tradecert.api.LayerStatus;
import org.tradecert.api.RuleOutcome;
import org.tradecert.engine.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A trade transaction larger than the limit is reported, not read into memory and compared. */
class TransactionSizeTest {

    private static final Path SEA_OK = ProjectPaths.examples().resolve("ledgers/sea-ok");

    private static DocumentResult transaction(Validator validator) {
        List<DocumentResult> results = new ArrayList<>();
        validator.validatePaths(List.of(SEA_OK), results::add);
        List<DocumentResult> transactions = results.stream().filter(result -> Validator.TRANSACTION_TYPE.equals(result.documentType())).toList();
        assertThat(transactions).hasSize(1);
        return transactions.get(0);
    }

    @Test
    void transactionOverTheLimitIsReportedAndNotChecked() {
        DocumentResult result = transaction(Validator.builder().maxTransactionDocuments(5).build());

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly(TransactionTooLarge.DEFINITION.id());
        assertThat(result.findings().get(0).arguments()).containsExactly("BOHL26TXG004251", "16", "5");
        assertThat(result.layer(Layer.CROSS_DOCUMENT).status()).isEqualTo(LayerStatus.INVALID);
        assertThat(result.layer(Layer.RISK).status()).isEqualTo(LayerStatus.NOT_APPLICABLE);
        assertThat(result.rules()).filteredOn(outcome -> !outcome.ruleId().equals(TransactionTooLarge.DEFINITION.id()))
                .isNotEmpty()
                .allSatisfy(outcome -> {
                    assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
                    assertThat(outcome.reasonKey()).isEqualTo("outcome.crossdoc.too-large");
                });
    }

    @Test
    void transactionWithinTheLimitPassesTheSizeRule() {
        DocumentResult result = transaction(Validator.builder().build());

        assertThat(result.findings()).isEmpty();
        assertThat(result.rules()).filteredOn(outcome -> outcome.ruleId().equals(TransactionTooLarge.DEFINITION.id()))
                .extracting(RuleOutcome::status).containsExactly(RuleOutcome.Status.PASSED);
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> Validator.builder().maxTransactionDocuments(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
